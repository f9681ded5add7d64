#pragma once

#include <QSyntaxHighlighter>
#include <memory>

namespace leverage::ui {

class SpellChecker;

// Underlines the words the dictionary does not know with a red wave. Words with digits, all
// capitals (ACME, MRI) and web or e-mail addresses are left alone: a letter is full of them.
class SpellHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    SpellHighlighter(QTextDocument *document, std::shared_ptr<SpellChecker> checker);

    // The word at `position` of `text` if it is one the checker would flag; empty otherwise.
    static QString wordAt(const QString &text, int position, int *start = nullptr);
    bool isMisspelled(const QString &word) const;
    SpellChecker *checker() const { return m_checker.get(); }

protected:
    void highlightBlock(const QString &text) override;

private:
    std::shared_ptr<SpellChecker> m_checker;
};

} // namespace leverage::ui
