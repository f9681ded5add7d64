#include "ui/common/NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace leverage::ui {

NoteDialog::NoteDialog(const QString &title, const QString &label, QWidget *parent)
    : GuardedDialog(parent), m_note(new QPlainTextEdit(this))
{
    setWindowTitle(title);
    setDiscardQuestion(tr("Discard this note?"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Ctrl+Return to save"));
    auto *caption = new QLabel(label, this);
    caption->setWordWrap(true);
    caption->setBuddy(m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NoteDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(caption);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_note->setFocus();
}

QString NoteDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace leverage::ui
