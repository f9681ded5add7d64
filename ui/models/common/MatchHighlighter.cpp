#include "ui/models/common/MatchHighlighter.h"

namespace leverage::models {
namespace {

// A marked word stands out on any palette: dark text on a light yellow, as a highlighter pen.
const QString kMarkStart =
    QStringLiteral("<span style=\"background-color:#ffe45c; color:#1a1a1a\">");
const QString kMarkEnd = QStringLiteral("</span>");

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

// Shorter query words than this would mark too much ("a", "of").
constexpr int kShortest = 2;

} // namespace

MatchHighlighter::MatchHighlighter(const SearchQuery &query, const QString &snippet)
{
    qsizetype from = 0;
    while ((from = snippet.indexOf(SearchHit::kHighlightStart, from)) >= 0) {
        const auto end = snippet.indexOf(SearchHit::kHighlightEnd, from);
        if (end < 0)
            break;
        const auto marked = snippet.mid(from + 1, end - from - 1);
        eachWord(marked,
                 [this](qsizetype, qsizetype, const QString &word) { m_found.insert(fold(word)); });
        from = end + 1;
    }
    const auto addWords = [this](const QString &text) {
        eachWord(text, [this](qsizetype, qsizetype, const QString &word) {
            if (word.size() >= kShortest)
                m_starts << fold(word);
        });
    };
    for (const auto &clause : query.clauses)
        if (!clause.excluded)
            for (const auto &term : clause.alternatives)
                addWords(term.text);
    for (const auto &person : query.people)
        addWords(person);
}

QString MatchHighlighter::fold(const QString &word)
{
    QString folded;
    for (const QChar c : word.normalized(QString::NormalizationForm_D))
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c;
    return folded.toCaseFolded();
}

bool MatchHighlighter::matches(const QString &word) const
{
    const auto folded = fold(word);
    if (m_found.contains(folded))
        return true;
    for (const auto &start : m_starts)
        if (folded.startsWith(start))
            return true;
    return false;
}

template <typename Visit> void MatchHighlighter::eachWord(const QString &plain, Visit visit) const
{
    qsizetype i = 0;
    while (i < plain.size()) {
        if (!isWordChar(plain.at(i))) {
            ++i;
            continue;
        }
        const auto start = i;
        while (i < plain.size() && isWordChar(plain.at(i)))
            ++i;
        visit(start, i - start, plain.mid(start, i - start));
    }
}

QString MatchHighlighter::toHtml(const QString &plain) const
{
    QString html;
    qsizetype done = 0;
    eachWord(plain, [&](qsizetype start, qsizetype length, const QString &word) {
        if (!matches(word))
            return;
        html += plain.mid(done, start - done).toHtmlEscaped();
        html += kMarkStart + word.toHtmlEscaped() + kMarkEnd;
        done = start + length;
    });
    html += plain.mid(done).toHtmlEscaped();
    return html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QStringList MatchHighlighter::matchedIn(const QString &plain) const
{
    QStringList words;
    eachWord(plain, [&](qsizetype, qsizetype, const QString &word) {
        if (matches(word))
            words << word;
    });
    return words;
}

} // namespace leverage::models
