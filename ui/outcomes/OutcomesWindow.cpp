#include "ui/outcomes/OutcomesWindow.h"

#include "core/outcomes/CsvWriter.h"
#include "core/store/DocumentFile.h"
#include "ui/common/FormFields.h"
#include "ui/models/common/ReportError.h"
#include "ui/outcomes/OutcomeCharts.h"

#include <QBuffer>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QSvgGenerator>
#include <QTabWidget>
#include <QTableView>

namespace leverage::ui {
namespace {

using Grouping = models::OutcomesReport::Grouping;

Grouping groupingOf(OutcomesWindow::Tab tab)
{
    switch (tab) {
    case OutcomesWindow::Tab::Months:
        return Grouping::Month;
    case OutcomesWindow::Tab::Contacts:
        return Grouping::Contact;
    case OutcomesWindow::Tab::Effort:
        return Grouping::TroubleByOrganization;
    case OutcomesWindow::Tab::Cases:
        return Grouping::TroubleByCase;
    default:
        return Grouping::Organization;
    }
}

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{Error::Code::Io,
                 QObject::tr("Could not write %1: %2").arg(QFileInfo(path).fileName(), why)};
}

} // namespace

OutcomesWindow::OutcomesWindow(Workspace &workspace, models::ErrorReporter &reporter,
                               QWidget *parent)
    : QWidget(parent, Qt::Window), m_report(workspace), m_reporter(reporter),
      m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("outcomesWindow"));
    setWindowTitle(tr("Outcomes"));
    m_report.setErrorReporter(&reporter);
    const QString names[kTabCount] = {tr("By &organization"), tr("By &month"), tr("By co&ntact"),
                                      tr("&Effort by organization"), tr("Effort by c&ase")};
    for (int i = 0; i < kTabCount; ++i) {
        auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
        m_charts[i] = new QChartView(splitter);
        m_charts[i]->setRenderHint(QPainter::Antialiasing);
        m_charts[i]->setMinimumHeight(260);
        m_tables[i] = new QTableView(splitter);
        m_tables[i]->setModel(m_report.model(groupingOf(Tab(i))));
        m_tables[i]->setObjectName(QStringLiteral("outcomesTable%1").arg(i));
        m_tables[i]->setAlternatingRowColors(true);
        m_tables[i]->setTabKeyNavigation(false); // Tab leaves the table, as elsewhere
        m_tables[i]->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        // Column widths from the rows in view and a few beyond, not from a thousand: measuring
        // the text of every cell of 1,000 rows was most of a filter change on a large
        // workspace (a model reset measures again). A longer name further down is elided.
        for (auto *header : {m_tables[i]->horizontalHeader(), m_tables[i]->verticalHeader()})
            header->setResizeContentsPrecision(kRowsMeasured);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 1);
        splitter->setSizes({480, 180}); // the chart first: the table is there to read and copy
        m_tabs->addTab(splitter, names[i]);
    }

    auto *png = new QPushButton(tr("Export Chart as &PNG…"), this);
    auto *svg = new QPushButton(tr("Export Chart as &SVG…"), this);
    auto *csv = new QPushButton(tr("Export Figures as &CSV…"), this);
    connect(png, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("png")); });
    connect(svg, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("svg")); });
    connect(csv, &QPushButton::clicked, this, [this] { chooseAndExport(QStringLiteral("csv")); });
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(png);
    buttons->addWidget(svg);
    buttons->addWidget(csv);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildFilters());
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(1100, 760);

    // A window of its own: Ctrl+W (and Esc, as a dialog) close it from the keyboard.
    for (const QKeySequence &keys :
         {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        auto *close = new QShortcut(keys, this);
        close->setContext(Qt::WindowShortcut);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    connect(&m_report, &models::OutcomesReport::figuresChanged, this, &OutcomesWindow::redraw);
    // Only the tab in view is grouped into its table (the per-contact figures are read only
    // then): the others when they come into view.
    m_report.setInView(groupingOf(currentTab()));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        m_report.setInView(groupingOf(currentTab()));
        redraw();
    });
}

QWidget *OutcomesWindow::buildFilters()
{
    auto *bar = new QWidget(this);
    m_useFrom = new QCheckBox(tr("Opened &from"), bar);
    // Date fields that Tab leaves (F4 opens the calendar), as in every form.
    m_from = fields::date(bar);
    m_from->setDate(QDate::currentDate().addYears(-1));
    m_useTo = new QCheckBox(tr("&to"), bar);
    m_to = fields::date(bar);
    for (auto *date : {m_from, m_to}) {
        date->setEnabled(false);
    }
    m_organization = new QComboBox(bar);
    m_sector = new QComboBox(bar);
    m_status = new QComboBox(bar);
    m_status->addItem(tr("Any status"), int(outcomes::OutcomeFilter::Status::Any));
    m_status->addItem(tr("Open"), int(outcomes::OutcomeFilter::Status::Open));
    m_status->addItem(tr("Closed with an outcome"), int(outcomes::OutcomeFilter::Status::Closed));
    m_currency = new QComboBox(bar);
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->setObjectName(QStringLiteral("organizationFilter"));
    m_sector->setAccessibleName(tr("Sector"));
    m_sector->setObjectName(QStringLiteral("sectorFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_useFrom->setObjectName(QStringLiteral("openedFromCheck"));
    m_from->setObjectName(QStringLiteral("openedFromDate"));
    auto *currencyLabel = new QLabel(tr("Amounts &in"), bar);
    currencyLabel->setBuddy(m_currency);
    // Alt+G reaches the organizations from the keyboard (sector and status follow by Tab).
    auto *organizationLabel = new QLabel(tr("Or&ganization"), bar);
    organizationLabel->setBuddy(m_organization);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_useFrom, m_from, m_useTo, m_to, organizationLabel, m_organization, m_sector,
             m_status, currencyLabel, m_currency})
        layout->addWidget(widget);
    layout->addStretch();

    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (auto *check : {m_useFrom, m_useTo})
        connect(check, &QCheckBox::toggled, this, &OutcomesWindow::applyFilter);
    for (auto *date : {m_from, m_to})
        connect(date, &QDateTimeEdit::dateChanged, this, &OutcomesWindow::applyFilter);
    for (auto *combo : {m_organization, m_sector, m_status})
        connect(combo, &QComboBox::currentIndexChanged, this, &OutcomesWindow::applyFilter);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &OutcomesWindow::redraw);
    return bar;
}

void OutcomesWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_report.reload();
}

void OutcomesWindow::applyFilter()
{
    if (m_refilling)
        return;
    outcomes::OutcomeFilter filter;
    if (m_useFrom->isChecked())
        filter.openedFrom = m_from->date();
    if (m_useTo->isChecked())
        filter.openedTo = m_to->date();
    const QVariant organization = m_organization->currentData();
    if (organization.isValid())
        filter.organizationId = organization.toLongLong();
    filter.sector = m_sector->currentData().toString();
    filter.status = outcomes::OutcomeFilter::Status(m_status->currentData().toInt());
    m_report.setFilter(filter);
}

// The organizations, sectors and currencies the data has, keeping the choices made.
void OutcomesWindow::refillChoices()
{
    m_refilling = true;
    const QVariant organization = m_organization->currentData();
    m_organization->clear();
    m_organization->addItem(tr("Every organization"));
    for (const auto &[id, name] : m_report.organizations())
        m_organization->addItem(name, id);
    m_organization->addItem(tr("(no organization)"), qint64(0));
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(organization)));

    const QString sector = m_sector->currentData().toString();
    m_sector->clear();
    m_sector->addItem(tr("Every sector"), QString());
    for (const auto &name : m_report.sectors())
        m_sector->addItem(name, name);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(sector)));

    const QString currency = m_currency->currentText();
    m_currency->clear();
    m_currency->addItems(OutcomeCharts::currencies(m_report.figures()));
    if (m_currency->count() == 0)
        m_currency->addItem(QStringLiteral("USD"));
    m_currency->setCurrentIndex(std::max(0, m_currency->findText(currency)));
    m_refilling = false;
}

void OutcomesWindow::redraw()
{
    if (m_refilling)
        return;
    refillChoices();
    const auto &figures = m_report.figures();
    const QString currency = m_currency->currentText();
    const Tab tab = currentTab();
    QChart *chart = nullptr;
    switch (tab) {
    case Tab::Organizations:
        chart = OutcomeCharts::organizations(figures, currency);
        break;
    case Tab::Months:
        chart = OutcomeCharts::months(figures, currency);
        break;
    case Tab::Contacts:
        chart = OutcomeCharts::contacts(figures);
        break;
    case Tab::Effort:
        chart = OutcomeCharts::effort(figures);
        break;
    case Tab::Cases:
        chart = OutcomeCharts::cases(figures);
        break;
    }
    QChart *old = m_charts[int(tab)]->chart();
    m_charts[int(tab)]->setChart(chart);
    delete old;
}

void OutcomesWindow::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

OutcomesWindow::Tab OutcomesWindow::currentTab() const
{
    return Tab(std::max(0, m_tabs->currentIndex()));
}

Status OutcomesWindow::exportChart(const QString &path) const
{
    // Drawn in memory first, then saved whole like every document.
    QChartView *view = m_charts[int(currentTab())];
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(view->size());
        svg.setViewBox(view->rect());
        svg.setTitle(view->chart()->title());
        QPainter painter;
        if (!painter.begin(&svg))
            return cannotWrite(path, tr("the picture could not be drawn."));
        view->render(&painter);
        painter.end();
    } else if (!view->grab().save(&buffer, "PNG")) {
        return cannotWrite(path, tr("the picture could not be drawn."));
    }
    if (bytes.isEmpty())
        return cannotWrite(path, tr("nothing was written."));
    return DocumentFile::save(
        path, bytes, [&](const QString &reason) { return cannotWrite(path, reason).message; });
}

Status OutcomesWindow::exportCsv(const QString &path) const
{
    const auto &table = m_report.table(groupingOf(currentTab()));
    return DocumentFile::save(
        path, outcomes::CsvWriter::document(table.headers, table.rows),
        [&](const QString &reason) { return cannotWrite(path, reason).message; });
}

void OutcomesWindow::chooseAndExport(const QString &format)
{
    const bool csv = format == QLatin1String("csv");
    const QString filter = format == QLatin1String("csv")   ? tr("CSV files (*.csv)")
                           : format == QLatin1String("svg") ? tr("SVG pictures (*.svg)")
                                                            : tr("PNG pictures (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export"),
                                                QStringLiteral("outcomes.%1").arg(format), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + format, Qt::CaseInsensitive))
        path += QLatin1Char('.') + format;
    const Status status = csv ? exportCsv(path) : exportChart(path);
    if (!status)
        models::reportError(&m_reporter, status.message());
}

} // namespace leverage::ui
