#include "core/store/SearchSqlBuilder.h"

#include "core/store/SearchFilterSql.h"
#include "core/store/SearchIndexSchema.h"
#include "core/store/SearchPatterns.h"

#include <QDateTime>
#include <QStringList>

namespace leverage {
namespace {

using namespace searchindex;
using namespace searchpatterns;

QString quoted(QString text)
{
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

class SqliteQuery
{
public:
    explicit SqliteQuery(const SearchQuery &query) : m_query(query) {}

    SearchSqlBuilder::Built run(int limit)
    {
        const Where where = conditions(QStringLiteral("search_text.rowid"));
        if (where.matchText.isEmpty()) {
            // Nothing to rank by: the filters over search_facets alone (the text index
            // only where a condition names it).
            m_values.clear();
            return newestFirst(conditions(QStringLiteral("search_facets.id")).conditions, limit);
        }

        // Ranked among the newest matches only: bm25 over every one of 400,000 rows that hold
        // a common word takes a second, and FTS5 walks a word's rows in rowid order and stops
        // once it has enough. Rowids follow the rows' ids, which grow as rows are added, so
        // the window is about "the most recently added"; the filters apply before the window,
        // so a filtered query still reaches old rows. One walk does it all: the filters read
        // each match's search_facets row (its time is the tie-break), and bm25 runs for the
        // window's rows while FTS5 stands on them. (A second MATCH to rank the window, as
        // before, walked the word's rows over the window's range again: a third of a filtered
        // search's time.)
        const auto best =
            QStringLiteral("SELECT hit, at, rank FROM (SELECT search_text.rowid AS hit, "
                           "search_facets.at AS at, bm25(search_text, 10.0, 2.0, 5.0, 5.0) AS "
                           "rank FROM search_text CROSS JOIN search_facets ON search_facets.id = "
                           "search_text.rowid WHERE %1 ORDER BY search_text.rowid DESC LIMIT "
                           "%2) ORDER BY rank, at DESC LIMIT %3")
                .arg(where.conditions.join(QStringLiteral(" AND ")))
                .arg(SearchSqlBuilder::kRankedWindow)
                .arg(bind(limit));
        // Snippets and cases for the best rows only: a snippet needs its row to come from a
        // MATCH, and one MATCH walks the best rows' rowid range (+rowid: a lookup among the
        // best rows, not one MATCH per rowid, which would merge a prefix's word lists again
        // each time; the join then pairs 50 rows, not every row of the range).
        const auto sql =
            QStringLiteral("WITH best AS MATERIALIZED (%1) ").arg(best) + kColumns +
            QStringLiteral("snippet(search_text, -1, char(2), char(3), '…', 12), best.rank, "
                           "cases.title FROM search_text CROSS JOIN best ON best.hit = "
                           "search_text.rowid LEFT JOIN cases ON cases.id = search_text.case_id "
                           "WHERE search_text MATCH %1 AND search_text.rowid BETWEEN (SELECT "
                           "min(hit) FROM best) AND (SELECT max(hit) FROM best) AND "
                           "+search_text.rowid IN (SELECT hit FROM best) ORDER BY best.rank, "
                           "best.at DESC")
                .arg(bind(where.matchText));
        return {sql, m_values};
    }

private:
    inline static const QString kColumns = QStringLiteral(
        "SELECT search_text.rowid, search_text.case_id, search_text.at, search_text.people, ");

    // Nothing to rank by: the newest rows that pass the filters, their titles for snippets.
    SearchSqlBuilder::Built newestFirst(const QStringList &filters, int limit)
    {
        QString best = QStringLiteral("SELECT search_facets.id AS hit, search_facets.at AS at, 0 "
                                      "AS rank FROM search_facets");
        if (!filters.isEmpty())
            best += QStringLiteral(" WHERE ") + filters.join(QStringLiteral(" AND "));
        best += QStringLiteral(" ORDER BY search_facets.at DESC LIMIT %1").arg(bind(limit));
        const auto sql = kColumns + QStringLiteral("substr(search_text.title, 1, 120), best.rank, "
                                                   "cases.title FROM (%1) AS best CROSS JOIN "
                                                   "search_text ON search_text.rowid = best.hit "
                                                   "LEFT JOIN cases ON cases.id = "
                                                   "search_text.case_id ORDER BY best.rank, "
                                                   "best.at DESC")
                                        .arg(best);
        return {sql, m_values};
    }

    // What the query asks, as FTS5 match text (empty: nothing to rank by) and SQL conditions
    // over the row named `row` and its search_facets, the match among them.
    struct Where
    {
        QString matchText;
        QStringList conditions;
    };
    Where conditions(const QString &row)
    {
        m_row = row;
        m_conditions.clear();
        QStringList match;   // FTS5 fragments ANDed on search_text (ranked, snippets)
        QStringList exclude; // FTS5 fragments that must not match
        for (const auto &clause : m_query.clauses)
            addClause(clause, match, exclude);
        for (const auto &person : m_query.people) {
            if (SearchSqlBuilder::isUnspaced(person))
                m_conditions << grams(QStringLiteral("people"), person);
            else
                match << QStringLiteral("people : ") + quoted(person);
        }
        addFilters();

        QString matchText = match.join(QStringLiteral(" AND "));
        if (!exclude.isEmpty()) {
            const auto excluded = exclude.join(QStringLiteral(" OR "));
            if (matchText.isEmpty())
                m_conditions << QStringLiteral("%1 NOT IN (SELECT rowid FROM search_text WHERE "
                                               "search_text MATCH %2)")
                                    .arg(m_row, bind(excluded));
            else
                matchText = QStringLiteral("(%1) NOT (%2)").arg(matchText, excluded);
        }
        if (!matchText.isEmpty())
            m_conditions.prepend(QStringLiteral("search_text MATCH %1").arg(bind(matchText)));
        return {matchText, m_conditions};
    }

    QString bind(const QVariant &value)
    {
        const auto name = QStringLiteral(":v%1").arg(m_values.size());
        m_values.insert(name, value);
        return name;
    }

    // Rows whose trigram index holds text (in one column, or any): MATCH from three
    // characters, LIKE below that (trigrams cannot index one or two characters).
    QString grams(const QString &column, const QString &text)
    {
        if (text.size() >= 3) {
            const auto fts =
                column.isEmpty() ? quoted(text) : column + QStringLiteral(" : ") + quoted(text);
            return QStringLiteral("%1 IN (SELECT rowid FROM search_grams WHERE search_grams "
                                  "MATCH %2)")
                .arg(m_row, bind(fts));
        }
        QStringList columns = column.isEmpty()
                                  ? QStringList{QStringLiteral("people"), QStringLiteral("refs"),
                                                QStringLiteral("cjk")}
                                  : QStringList{column};
        QStringList likes;
        for (const auto &c : columns)
            likes << QStringLiteral("%1 LIKE %2 ESCAPE '\\'").arg(c, bind(containsPattern(text)));
        return QStringLiteral("%1 IN (SELECT rowid FROM search_grams WHERE %2)")
            .arg(m_row, likes.join(QStringLiteral(" OR ")));
    }

    // A clause goes into the ranked MATCH when words alone decide it; a clause with unspaced
    // script or digits (a part of a reference number) also looks in the trigram index, as a
    // condition of its own.
    void addClause(const SearchClause &clause, QStringList &match, QStringList &exclude)
    {
        bool needsGrams = false;
        QStringList fts;
        for (const auto &term : clause.alternatives) {
            needsGrams = needsGrams || SearchSqlBuilder::isUnspaced(term.text) ||
                         (term.form == SearchTerm::Form::Word && hasDigit(term.text));
            fts << SearchSqlBuilder::ftsTerm(term);
        }
        const auto either = fts.size() == 1 ? fts.first()
                                            : QLatin1Char('(') + fts.join(QStringLiteral(" OR ")) +
                                                  QLatin1Char(')');
        if (!needsGrams) {
            (clause.excluded ? exclude : match) << either;
            return;
        }
        QStringList alternatives;
        for (const auto &term : clause.alternatives) {
            if (SearchSqlBuilder::isUnspaced(term.text)) {
                alternatives << grams({}, term.text);
                continue;
            }
            alternatives << QStringLiteral("%1 IN (SELECT rowid FROM search_text WHERE "
                                           "search_text MATCH %2)")
                                .arg(m_row, bind(SearchSqlBuilder::ftsTerm(term)));
            if (term.form == SearchTerm::Form::Word && hasDigit(term.text))
                alternatives << grams(QStringLiteral("refs"), withoutDashesAndSpaces(term.text));
        }
        const auto condition =
            QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        m_conditions << (clause.excluded ? QStringLiteral("NOT ") + condition : condition);
    }

    void addFilters()
    {
        const SearchIndexColumns columns{
            m_row, QStringLiteral("search_facets.case_id"), QStringLiteral("search_facets.tag"),
            QStringLiteral("search_facets.at"), QStringLiteral("LIKE")};
        m_conditions << searchFilterConditions(
            m_query, columns, [this](const QVariant &value) { return bind(value); });
        for (const auto &ref : m_query.references)
            m_conditions << grams(QStringLiteral("refs"), withoutDashesAndSpaces(ref));
    }

    const SearchQuery &m_query;
    QString m_row; // how the conditions name an index row: search_text's or search_facets'

    QStringList m_conditions;
    QVariantMap m_values;
};

} // namespace

SearchSqlBuilder::Built SearchSqlBuilder::results(const SearchQuery &query, int limit)
{
    return SqliteQuery(query).run(limit);
}

QString SearchSqlBuilder::ftsTerm(const SearchTerm &term)
{
    return term.form == SearchTerm::Form::Prefix ? quoted(term.text) + QStringLiteral(" *")
                                                 : quoted(term.text);
}

bool SearchSqlBuilder::isUnspaced(const QString &text)
{
    for (const QChar c : text) {
        const auto u = c.unicode();
        if ((u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xAC00 && u <= 0xD7AF) ||
            (u >= 0xF900 && u <= 0xFAFF))
            return true;
    }
    return false;
}

} // namespace leverage
