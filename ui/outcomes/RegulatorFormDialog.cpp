#include "ui/outcomes/RegulatorFormDialog.h"

#include "core/store/DocumentFile.h"
#include "ui/models/common/ReportError.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace leverage::ui {

RegulatorFormDialog::RegulatorFormDialog(outcomes::RegulatorForm form,
                                         models::ErrorReporter &reporter, QWidget *parent)
    : QDialog(parent), m_form(std::move(form)), m_reporter(reporter),
      m_text(new QRadioButton(tr("Plain &text, to paste into a form"), this)),
      m_json(new QRadioButton(tr("&JSON, for an upload or another program"), this)),
      m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("regulatorFormDialog"));
    setWindowTitle(tr("Regulator's Form: %1").arg(m_form.issue));
    m_text->setChecked(true);
    m_view->setReadOnly(true);
    m_view->setObjectName(QStringLiteral("regulatorFormText"));
    m_view->setAccessibleName(tr("The form"));
    m_view->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_view->setTabChangesFocus(true);
    // Read-only, but reached by Tab and read with the arrow keys, as a screen reader needs.
    m_view->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_view->setFocusPolicy(Qt::StrongFocus);

    auto *copy = new QPushButton(tr("C&opy"), this);
    copy->setObjectName(QStringLiteral("copyRegulatorForm"));
    auto *save = new QPushButton(tr("&Save As…"), this);
    save->setObjectName(QStringLiteral("saveRegulatorForm"));
    // Copy and Save beside the box's Close, in the order Tab visits them (the box would
    // order its own buttons by role).
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &RegulatorFormDialog::copyToClipboard);
    connect(save, &QPushButton::clicked, this, &RegulatorFormDialog::saveAs);
    connect(m_text, &QRadioButton::toggled, this, &RegulatorFormDialog::refresh);

    auto *formats = new QHBoxLayout;
    formats->addWidget(m_text);
    formats->addWidget(m_json);
    formats->addStretch();
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("What a consumer regulator's complaint form asks for, from this "
                               "case. Private entries are left out."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(formats);
    layout->addWidget(m_view, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(copy);
    actions->addWidget(save);
    actions->addStretch();
    actions->addWidget(buttons);
    layout->addLayout(actions);
    resize(760, 620);
    m_text->setFocus();
    refresh();
}

bool RegulatorFormDialog::showsJson() const
{
    return m_json->isChecked();
}

QString RegulatorFormDialog::content() const
{
    return m_view->toPlainText();
}

void RegulatorFormDialog::refresh()
{
    // JSON in a fixed-width font, so its nesting reads; the text as the form will show it.
    m_view->setFont(showsJson() ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : font());
    m_view->setPlainText(showsJson() ? QString::fromUtf8(m_form.json()) : m_form.text());
}

void RegulatorFormDialog::copyToClipboard()
{
    QGuiApplication::clipboard()->setText(content());
}

bool RegulatorFormDialog::saveTo(const QString &path)
{
    const Status saved = DocumentFile::save(path, content().toUtf8(), [&](const QString &reason) {
        return tr("Could not save %1: %2").arg(QFileInfo(path).fileName(), reason);
    });
    if (!saved)
        models::reportError(&m_reporter, saved.message());
    return saved.isOk();
}

void RegulatorFormDialog::saveAs()
{
    const QString suffix = showsJson() ? QStringLiteral("json") : QStringLiteral("txt");
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save the Regulator's Form"), QStringLiteral("complaint.%1").arg(suffix),
        showsJson() ? tr("JSON files (*.json)") : tr("Text files (*.txt)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    saveTo(path);
}

} // namespace leverage::ui
