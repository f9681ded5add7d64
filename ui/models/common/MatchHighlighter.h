#pragma once

#include "core/domain/SearchQuery.h"

#include <QSet>
#include <QString>
#include <QStringList>

namespace leverage::models {

// The words a search found in one item, to show them again where the item opens (the
// entry's notes, a contact's page). FTS5 decided what matched, with its stemming and accent
// folding: the words it marked in the hit's snippet count as found wherever they appear, and
// so does any word starting with one of the query's own words ("refund" marks "refunded").
// Comparison ignores case and accents, as the index does.
class MatchHighlighter
{
public:
    MatchHighlighter() = default;
    MatchHighlighter(const SearchQuery &query, const QString &snippet);

    bool isEmpty() const { return m_found.isEmpty() && m_starts.isEmpty(); }
    bool matches(const QString &word) const;
    // Plain text as HTML, the matched words marked; plain text escaped as it is when nothing
    // matches.
    QString toHtml(const QString &plain) const;
    // The matched words of plain, in order (what a test or a screen reader can check).
    QStringList matchedIn(const QString &plain) const;

    static QString fold(const QString &word);

private:
    template <typename Visit> void eachWord(const QString &plain, Visit visit) const;

    QSet<QString> m_found; // folded words marked in the snippet
    QStringList m_starts;  // folded query words: a word starting with one matches
};

} // namespace leverage::models
