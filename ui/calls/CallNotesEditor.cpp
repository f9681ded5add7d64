#include "calls/CallNotesEditor.h"

#include <QKeyEvent>
#include <QRegularExpression>
#include <QTextBlock>

namespace leverage::ui {

CallNotesEditor::CallNotesEditor(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("notes"));
    setAccessibleName(tr("Call notes"));
    setTabChangesFocus(true);
    setPlaceholderText(tr("No call in progress. Start one from a case or a contact."));
}

void CallNotesEditor::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier)) && m_stamp) {
        insertPlainText(QStringLiteral("\n") + stamp());
        ensureCursorVisible();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void CallNotesEditor::appendItem(const QString &line)
{
    static const QRegularExpression emptyStamped(QStringLiteral("^\\s*(\\[\\d+:\\d\\d\\])?\\s*$"));
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::End);
    if (emptyStamped.match(cursor.block().text()).hasMatch()) {
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(line);
    } else {
        cursor.insertText(QStringLiteral("\n") + line);
    }
    cursor.insertText(QStringLiteral("\n") + stamp());
    cursor.endEditBlock();
    setTextCursor(cursor);
    ensureCursorVisible();
}

void CallNotesEditor::moveToEnd()
{
    auto cursor = textCursor();
    cursor.movePosition(QTextCursor::End);
    setTextCursor(cursor);
    ensureCursorVisible();
}

} // namespace leverage::ui
