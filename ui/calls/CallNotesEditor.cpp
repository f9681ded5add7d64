#include "ui/calls/CallNotesEditor.h"

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
    // A paragraph opened a while ago and still empty takes the time its first word is typed.
    static const QRegularExpression bareStamp(QStringLiteral("^\\[\\d+:\\d\\d\\] $"));
    auto cursor = textCursor();
    if (m_stamp && !event->text().isEmpty() && event->text().at(0).isPrint() &&
        !cursor.hasSelection() && cursor.atBlockEnd() &&
        bareStamp.match(cursor.block().text()).hasMatch() && cursor.block().text() != stamp()) {
        cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
        cursor.insertText(stamp());
        setTextCursor(cursor);
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
