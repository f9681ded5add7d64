#include "ui/clocks/ClocksPane.h"

#include "core/clocks/ClockVocabulary.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/Workspace.h"
#include "ui/clocks/ClockRulesDialog.h"
#include "ui/clocks/TriggerDialog.h"
#include "ui/models/clocks/ClockEditor.h"
#include "ui/models/clocks/ClockListModel.h"
#include "ui/models/common/ErrorReporter.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

using clocks::CaseJurisdiction;

// The countries of the shipped rules first; any other ISO code can be typed.
const std::pair<const char *, const char *> kCountries[] = {
    {"", "—"},           {"GB", "United Kingdom"}, {"US", "United States"}, {"CA", "Canada"},
    {"AU", "Australia"}, {"IE", "Ireland"},        {"DE", "Germany"},       {"FR", "France"},
    {"ES", "Spain"},     {"IT", "Italy"},          {"NL", "Netherlands"},   {"BE", "Belgium"}};

} // namespace

ClocksPane::ClocksPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                       QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack), m_reporter(reporter),
      m_editor(std::make_unique<models::ClockEditor>(workspace,
                                                     models::UndoPusher(undoStack, reporter))),
      m_model(new models::ClockListModel(workspace, this)), m_country(new QComboBox(this)),
      m_region(new QLineEdit(this)), m_sector(new QComboBox(this)),
      m_apply(new QPushButton(tr("A&pply"), this)), m_suggestion(new QLabel(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("&Add Event…"), this)),
      m_edit(new QPushButton(tr("&Edit Event…"), this)),
      m_remove(new QPushButton(tr("&Remove Event"), this)),
      m_source(new QPushButton(tr("Open &Source"), this)),
      m_rules(new QPushButton(tr("R&ules…"), this))
{
    setObjectName(QStringLiteral("clocksPane"));
    m_model->setErrorReporter(&reporter);
    m_country->setObjectName(QStringLiteral("clockCountry"));
    m_country->setEditable(true);
    for (const auto &[code, name] : kCountries)
        m_country->addItem(*code ? tr("%1 (%2)").arg(tr(name), QLatin1String(code)) : tr(name),
                           QString::fromLatin1(code));
    m_region->setObjectName(QStringLiteral("clockRegion"));
    m_region->setPlaceholderText(tr("state/province"));
    m_region->setMinimumWidth(
        m_region->fontMetrics().horizontalAdvance(QStringLiteral("state/prov")) + 12);
    m_region->setMaximumWidth(140);
    m_sector->setObjectName(QStringLiteral("clockSector"));
    m_sector->addItem(tr("—"), QString());
    for (const auto &sector : clocks::ClockVocabulary::sectors())
        m_sector->addItem(sector.label, sector.key);
    m_apply->setObjectName(QStringLiteral("applyJurisdiction"));
    m_suggestion->setObjectName(QStringLiteral("jurisdictionSuggestion"));
    m_suggestion->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("clocksView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);

    auto *where = new QHBoxLayout;
    auto *countryLabel = new QLabel(tr("&Where:"), this);
    countryLabel->setBuddy(m_country);
    auto *sectorLabel = new QLabel(tr("Se&ctor:"), this);
    sectorLabel->setBuddy(m_sector);
    where->addWidget(countryLabel);
    where->addWidget(m_country, 1);
    where->addWidget(m_region);
    where->addWidget(sectorLabel);
    where->addWidget(m_sector, 1);
    where->addWidget(m_apply);
    auto *buttons = new QHBoxLayout;
    for (auto *button : {m_add, m_edit, m_remove, m_source})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_rules);
    m_add->setObjectName(QStringLiteral("addClockEvent"));
    m_edit->setObjectName(QStringLiteral("editClockEvent"));
    m_remove->setObjectName(QStringLiteral("removeClockEvent"));
    m_rules->setObjectName(QStringLiteral("clockRules"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &ClocksPane::applyJurisdiction);
    connect(m_add, &QPushButton::clicked, this, &ClocksPane::addEvent);
    connect(m_edit, &QPushButton::clicked, this, &ClocksPane::editEvent);
    connect(m_remove, &QPushButton::clicked, this, &ClocksPane::removeEvent);
    connect(m_source, &QPushButton::clicked, this, &ClocksPane::openSource);
    connect(m_rules, &QPushButton::clicked, this, &ClocksPane::showRules);
    connect(m_view, &QAbstractItemView::activated, this, [this] { editEvent(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showJurisdiction();
        m_view->resizeColumnsToContents();
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 320));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClocksPane::updateActions);
    updateActions();
}

ClocksPane::~ClocksPane() = default;

void ClocksPane::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    m_model->setCaseId(caseId);
}

CaseJurisdiction ClocksPane::shownJurisdiction() const
{
    QString country = m_country->currentData().toString();
    if (m_country->currentText() != m_country->itemText(m_country->currentIndex()))
        country = m_country->currentText().trimmed().toUpper(); // a typed code
    return {country, m_region->text().trimmed().toUpper(), m_sector->currentData().toString()};
}

void ClocksPane::showJurisdiction()
{
    m_suggestion->clear();
    if (m_caseId <= 0)
        return;
    CaseJurisdictionRepository places(m_workspace);
    auto where = places.get(m_caseId);
    if (!where)
        return;
    CaseJurisdiction shown = *where;
    if (shown.isEmpty()) {
        // Suggested: what the organization's other cases use, else the last one used.
        auto theCase = m_workspace.cases().get(m_caseId);
        auto usual = theCase ? places.usualFor(theCase->organizationId)
                             : Result<CaseJurisdiction>(CaseJurisdiction{});
        auto last = places.lastUsed();
        if (usual && !usual->isEmpty()) {
            shown = *usual;
            m_suggestion->setText(tr("Suggested from the organization's other cases: Apply to "
                                     "keep it."));
        } else if (last && !last->isEmpty()) {
            shown = *last;
            m_suggestion->setText(tr("Suggested: the last one used. Apply to keep it."));
        } else {
            m_suggestion->setText(tr("Say where the case is and its sector: the rules that apply "
                                     "follow from them."));
        }
    }
    const int country = m_country->findData(shown.country);
    if (country >= 0)
        m_country->setCurrentIndex(country);
    else
        m_country->setEditText(shown.country);
    m_region->setText(shown.region);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(shown.sector)));
}

void ClocksPane::applyJurisdiction()
{
    if (m_caseId <= 0)
        return;
    if (auto status = m_editor->setJurisdiction(m_caseId, shownJurisdiction()); !status)
        report(status.message());
}

bool ClocksPane::addEvent()
{
    if (m_caseId <= 0)
        return false;
    clocks::ClockTrigger trigger;
    trigger.caseId = m_caseId;
    trigger.event = QStringLiteral("complaint");
    TriggerDialog dialog(m_workspace, trigger, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto added = m_editor->addTrigger(dialog.trigger());
    if (!added)
        report(added.message());
    return added.isOk();
}

bool ClocksPane::editEvent()
{
    const QModelIndex current = m_view->currentIndex();
    const RowId triggerId = current.data(models::ClockListModel::TriggerIdRole).toLongLong();
    if (triggerId <= 0)
        return addEvent();
    auto stored = ClockTriggerRepository(m_workspace).get(triggerId);
    if (!stored) {
        report(stored.message());
        return false;
    }
    TriggerDialog dialog(m_workspace, *stored, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto status = m_editor->editTrigger(dialog.trigger());
    if (!status)
        report(status.message());
    return status.isOk();
}

void ClocksPane::removeEvent()
{
    const RowId triggerId =
        m_view->currentIndex().data(models::ClockListModel::TriggerIdRole).toLongLong();
    if (triggerId <= 0)
        return;
    if (auto status = m_editor->removeTrigger(triggerId); !status)
        report(status.message());
}

void ClocksPane::showRules()
{
    ClockRulesDialog dialog(m_workspace, *m_editor, this);
    dialog.exec();
}

void ClocksPane::openSource()
{
    const QString url =
        m_view->currentIndex().data(models::ClockListModel::SourceUrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void ClocksPane::updateActions()
{
    const bool hasCase = m_caseId > 0;
    const QModelIndex current = m_view->currentIndex();
    const bool hasTrigger = current.data(models::ClockListModel::TriggerIdRole).toLongLong() > 0;
    for (QWidget *widget : {static_cast<QWidget *>(m_country), static_cast<QWidget *>(m_region),
                            static_cast<QWidget *>(m_sector), static_cast<QWidget *>(m_apply),
                            static_cast<QWidget *>(m_add)})
        widget->setEnabled(hasCase);
    m_edit->setEnabled(hasTrigger);
    m_remove->setEnabled(hasTrigger);
    m_source->setEnabled(current.isValid());
}

void ClocksPane::report(const QString &message)
{
    m_reporter.reportError(message);
}

} // namespace leverage::ui
