#include "ui/letters/LetterTextEdit.h"

#include "ui/letters/SpellChecker.h"
#include "ui/letters/SpellHighlighter.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QTextBlock>

namespace leverage::ui {

LetterTextEdit::LetterTextEdit(std::shared_ptr<SpellChecker> checker, QWidget *parent)
    : QTextEdit(parent), m_highlighter(new SpellHighlighter(document(), std::move(checker)))
{
    setAcceptRichText(true);
    setTabChangesFocus(true); // Tab leaves the letter for the buttons, as in every form
}

QStringList LetterTextEdit::suggestionsAt(const QTextCursor &cursor, QTextCursor *word) const
{
    const QTextBlock block = cursor.block();
    int start = 0;
    const QString text =
        SpellHighlighter::wordAt(block.text(), cursor.position() - block.position(), &start);
    if (text.isEmpty() || !m_highlighter->isMisspelled(text))
        return {};
    if (word) {
        *word = QTextCursor(block);
        word->setPosition(block.position() + start);
        word->setPosition(block.position() + start + int(text.size()), QTextCursor::KeepAnchor);
    }
    return m_highlighter->checker()->suggestions(text);
}

void LetterTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F10 && event->modifiers() == Qt::ShiftModifier) {
        const QPoint at = cursorRect().center();
        QContextMenuEvent menu(QContextMenuEvent::Keyboard, at, viewport()->mapToGlobal(at));
        contextMenuEvent(&menu);
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void LetterTextEdit::contextMenuEvent(QContextMenuEvent *event)
{
    const bool byKeyboard = event->reason() == QContextMenuEvent::Keyboard;
    const QTextCursor at = byKeyboard ? textCursor() : cursorForPosition(event->pos());
    QTextCursor word;
    const QStringList suggestions = suggestionsAt(at, &word);
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (!word.isNull()) {
        QAction *first = menu->actions().value(0);
        const QString misspelled = word.selectedText();
        if (suggestions.isEmpty()) {
            auto *none = new QAction(tr("(No suggestions)"), menu.get());
            none->setEnabled(false);
            menu->insertAction(first, none);
        }
        for (const QString &suggestion : suggestions.mid(0, 8)) {
            auto *action = new QAction(suggestion, menu.get());
            connect(action, &QAction::triggered, this,
                    [word, suggestion]() mutable { word.insertText(suggestion); });
            menu->insertAction(first, action);
        }
        auto *accept = new QAction(tr("Accept “%1” for now").arg(misspelled), menu.get());
        connect(accept, &QAction::triggered, this, [this, misspelled] {
            m_highlighter->checker()->accept(misspelled);
            m_highlighter->rehighlight();
        });
        menu->insertAction(first, accept);
        menu->insertSeparator(first);
        if (!suggestions.isEmpty())
            menu->setActiveAction(menu->actions().constFirst());
    }
    const QPoint where = byKeyboard ? cursorRect(at).bottomLeft() : event->pos();
    menu->exec(viewport()->mapToGlobal(where));
}

} // namespace leverage::ui
