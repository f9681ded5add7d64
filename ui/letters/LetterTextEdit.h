#pragma once

#include <QTextEdit>
#include <memory>

namespace leverage::ui {

class SpellChecker;
class SpellHighlighter;

// The letter's rich text (bold, italic, lists), spell checked as it is typed: a word the
// dictionary does not know has a red wave under it, and its context menu (right-click, or the
// Menu key / Shift+F10 at the cursor) offers the dictionary's suggestions first.
class LetterTextEdit final : public QTextEdit
{
    Q_OBJECT

public:
    explicit LetterTextEdit(std::shared_ptr<SpellChecker> checker, QWidget *parent = nullptr);

    SpellHighlighter *highlighter() const { return m_highlighter; }
    // The suggestions for the word at the cursor; empty when it is spelled right.
    QStringList suggestionsAt(const QTextCursor &cursor, QTextCursor *word = nullptr) const;

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    // Shift+F10 opens the context menu at the cursor, as the Menu key does.
    void keyPressEvent(QKeyEvent *event) override;

private:
    SpellHighlighter *m_highlighter;
};

} // namespace leverage::ui
