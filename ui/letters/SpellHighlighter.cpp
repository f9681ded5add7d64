#include "ui/letters/SpellHighlighter.h"

#include "ui/letters/SpellChecker.h"

#include <QRegularExpression>

namespace leverage::ui {
namespace {

const QRegularExpression &wordPattern()
{
    // Letters with inner apostrophes or hyphens ("don't", "pre-authorised").
    static const QRegularExpression pattern(QStringLiteral("[\\p{L}][\\p{L}'’-]*[\\p{L}]|\\p{L}"));
    return pattern;
}

bool isCheckable(const QString &word)
{
    return word.size() > 1 && word != word.toUpper();
}

} // namespace

SpellHighlighter::SpellHighlighter(QTextDocument *document, std::shared_ptr<SpellChecker> checker)
    : QSyntaxHighlighter(document), m_checker(std::move(checker))
{
}

bool SpellHighlighter::isMisspelled(const QString &word) const
{
    if (!m_checker || !isCheckable(word))
        return false;
    QString plain = word;
    plain.replace(QChar(0x2019), QLatin1Char('\''));
    return !m_checker->isCorrect(plain);
}

QString SpellHighlighter::wordAt(const QString &text, int position, int *start)
{
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        if (position >= match.capturedStart() && position <= match.capturedEnd()) {
            if (start)
                *start = int(match.capturedStart());
            return match.captured();
        }
    }
    return {};
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    if (!m_checker)
        return;
    QTextCharFormat wrong;
    wrong.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
    wrong.setUnderlineColor(Qt::red);
    // Skip addresses and anything with digits: split on spaces first.
    static const QRegularExpression token(QStringLiteral("\\S+"));
    auto tokens = token.globalMatch(text);
    while (tokens.hasNext()) {
        const auto t = tokens.next();
        const QString chunk = t.captured();
        if (chunk.contains(QLatin1Char('@')) || chunk.contains(QLatin1String("://")) ||
            chunk.contains(QRegularExpression(QStringLiteral("\\d"))))
            continue;
        auto words = wordPattern().globalMatch(chunk);
        while (words.hasNext()) {
            const auto w = words.next();
            // Only the underline is set: the text's own bold or italic stays.
            if (isMisspelled(w.captured()))
                setFormat(int(t.capturedStart() + w.capturedStart()), int(w.capturedLength()),
                          wrong);
        }
    }
}

} // namespace leverage::ui
