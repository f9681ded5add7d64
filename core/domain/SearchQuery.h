#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace leverage {

// A parsed search (the query language of core/search/QueryParser), free of any engine's
// syntax: the store translates it, in one place, to FTS5 today and tsvector later.
struct SearchTerm
{
    enum class Form
    {
        Word,   // refund
        Phrase, // "claim was pre-authorised"
        Prefix  // pre*
    };
    Form form = Form::Word;
    QString text;
};

// Alternatives joined by OR; the clause holds when any of them does. An excluded clause
// (-word) must not hold.
struct SearchClause
{
    QList<SearchTerm> alternatives;
    bool excluded = false;
};

// What a search may return, as the store's kind codes name them.
enum class SearchKind
{
    Case = 1,
    Entry = 2,
    Commitment = 3,
    FollowUp = 4,
    Contact = 5,
    Organization = 6,
    Letter = 7
};

struct SearchQuery
{
    QList<SearchClause> clauses;  // all must hold
    QList<QString> people;        // person: — each must be named in the item
    QList<QString> organizations; // org: — the item's case involves it, or it is the contact's
    QList<QString> channels;      // channel: — entries of one of these channels
    QList<QString> statuses;      // status: — cases, promises or follow-ups in one of these
    QList<QString> cases;         // case: — an id, or words of the case's title
    QList<QString> references;    // ref: — any part of a reference number, dashes ignored
    std::optional<QDate> after;   // on or after this day (local)
    std::optional<QDate> before;  // before this day (local)
    QList<SearchKind> kinds;      // empty: every kind

    bool hasFilters() const
    {
        return !people.isEmpty() || !organizations.isEmpty() || !channels.isEmpty() ||
               !statuses.isEmpty() || !cases.isEmpty() || !references.isEmpty() ||
               after.has_value() || before.has_value() || !kinds.isEmpty();
    }
    bool isEmpty() const { return clauses.isEmpty() && !hasFilters(); }
};

// One result: the item, where it lives, a snippet whose matched words are wrapped in
// kHighlightStart/kHighlightEnd, and its rank (lower is better).
struct SearchHit
{
    static constexpr QChar kHighlightStart{0x02};
    static constexpr QChar kHighlightEnd{0x03};

    SearchKind kind = SearchKind::Case;
    qint64 id = 0;
    qint64 caseId = 0; // 0: none (contacts, organizations)
    QString caseTitle;
    qint64 atMs = 0;
    QString people;
    QString snippet;
    double rank = 0;
};

} // namespace leverage
