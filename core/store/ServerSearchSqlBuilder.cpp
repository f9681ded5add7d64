#include "core/store/ServerSearchSqlBuilder.h"

#include "core/store/SearchFilterSql.h"
#include "core/store/SearchIndexSchema.h"
#include "core/store/SearchPatterns.h"

#include <QDateTime>
#include <QStringList>

namespace leverage {
namespace {

using namespace searchindex;
using namespace searchpatterns;

// ts_rank's weights for D, C, B, A: body, references, people, title (bm25's 2, 5, 5, 10).
const QString kWeights = QStringLiteral("'{0.2, 0.5, 0.5, 1.0}'");
const QString kHeadlineOptions = QStringLiteral(
    "'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=12, MinWords=4'");

class PostgresQuery
{
public:
    explicit PostgresQuery(const SearchQuery &query) : m_query(query) {}

    ServerSearchSqlBuilder::Built run(int limit)
    {
        const Where where = conditions(QStringLiteral("v"));
        const bool ranked = !where.matchQuery.isEmpty();
        const auto filters =
            where.conditions.isEmpty()
                ? QString()
                : QStringLiteral(" WHERE ") + where.conditions.join(QStringLiteral(" AND "));
        QString best;
        if (ranked) {
            // Ranked among the newest matches only, as on a file (SearchSqlBuilder): ranking
            // every row holding a common word reads each one's tsvector. The filters are
            // evaluated once, for the window; only its rows are ranked.
            best = QStringLiteral("SELECT docs.id AS hit, docs.at AS at, -ts_rank(%1, "
                                  "docs.words, %2) AS rank FROM (SELECT docs.id AS hit FROM "
                                  "search_docs AS docs%3 ORDER BY docs.id DESC LIMIT %4) AS "
                                  "newest JOIN search_docs AS docs ON docs.id = newest.hit "
                                  "ORDER BY rank, docs.at DESC LIMIT %5")
                       .arg(kWeights, where.matchQuery, filters,
                            QString::number(SearchSqlBuilder::kRankedWindow), bind(limit));
        } else {
            best = QStringLiteral("SELECT docs.id AS hit, docs.at AS at, 0 AS rank FROM "
                                  "search_docs AS docs%1 ORDER BY docs.at DESC LIMIT %2")
                       .arg(filters, bind(limit));
        }

        // Snippets for the best rows only (ts_headline parses the whole text again).
        const auto snippet =
            ranked ? QStringLiteral("ts_headline('leverage_words', coalesce(docs.title, '') || "
                                    "' ' || coalesce(docs.body, ''), %1, %2)")
                         .arg(conditions(QStringLiteral("h")).matchQuery, kHeadlineOptions)
                   : QStringLiteral("substr(docs.title, 1, 120)");
        const auto sql =
            QStringLiteral("WITH best AS MATERIALIZED (%1) SELECT docs.id, docs.case_id, "
                           "docs.at, docs.people, %2, best.rank, cases.title FROM best JOIN "
                           "search_docs AS docs ON docs.id = best.hit LEFT JOIN cases ON "
                           "cases.id = docs.case_id ORDER BY best.rank, best.at DESC")
                .arg(best, snippet);
        return {sql, m_values};
    }

private:
    // What the query asks, as one tsquery expression (empty: nothing to rank by) and SQL
    // conditions over search_docs (docs), the match among them. Each call binds its values
    // afresh under its own prefix, so that the same conditions can stand twice.
    struct Where
    {
        QString matchQuery;
        QStringList conditions;
    };
    Where conditions(const QString &prefix)
    {
        m_prefix = prefix;
        m_conditions.clear();
        QStringList match;   // tsqueries ANDed (ranked, snippets)
        QStringList exclude; // tsqueries that must not match
        for (const auto &clause : m_query.clauses)
            addClause(clause, match, exclude);
        for (const auto &person : m_query.people) {
            if (SearchSqlBuilder::isUnspaced(person))
                m_conditions << grams(QStringLiteral("people"), person);
            else
                m_conditions << QStringLiteral("docs.names @@ phraseto_tsquery('leverage_names', "
                                               "%1)")
                                    .arg(bind(person));
        }
        addFilters();

        QString matchQuery = match.join(QStringLiteral(" && "));
        if (!exclude.isEmpty()) {
            const auto excluded = exclude.join(QStringLiteral(" || "));
            if (matchQuery.isEmpty())
                m_conditions << QStringLiteral("NOT (docs.words @@ (%1))").arg(excluded);
            else
                matchQuery = QStringLiteral("(%1) && !!(%2)").arg(matchQuery, excluded);
        }
        if (!matchQuery.isEmpty())
            m_conditions.prepend(QStringLiteral("docs.words @@ (%1)").arg(matchQuery));
        return {matchQuery, m_conditions};
    }

    QString bind(const QVariant &value)
    {
        const auto name = QStringLiteral(":%1%2").arg(m_prefix).arg(m_values.size());
        m_values.insert(name, value);
        return name;
    }

    // One term in both configurations: stemmed words, and names as written.
    QString termQuery(const SearchTerm &term)
    {
        if (term.form == SearchTerm::Form::Prefix) {
            const auto text = ServerSearchSqlBuilder::prefixQuery(term.text);
            return QStringLiteral("(to_tsquery('leverage_words', %1) || "
                                  "to_tsquery('leverage_names', %2))")
                .arg(bind(text), bind(text));
        }
        return QStringLiteral("(phraseto_tsquery('leverage_words', %1) || "
                              "phraseto_tsquery('leverage_names', %2))")
            .arg(bind(term.text), bind(term.text));
    }

    // Rows whose people, references or unspaced text (one column, or any) hold the text.
    QString grams(const QString &column, const QString &text)
    {
        const QStringList columns = column.isEmpty()
                                        ? QStringList{QStringLiteral("people"),
                                                      QStringLiteral("refs"), QStringLiteral("cjk")}
                                        : QStringList{column};
        QStringList likes;
        for (const auto &c : columns)
            likes << QStringLiteral("docs.%1 ILIKE %2 ESCAPE '\\'")
                         .arg(c, bind(containsPattern(text)));
        return QLatin1Char('(') + likes.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    // As SearchSqlBuilder: words alone go into the ranked match; a clause with unspaced
    // script or digits also looks in the people, references and unspaced text.
    void addClause(const SearchClause &clause, QStringList &match, QStringList &exclude)
    {
        bool needsGrams = false;
        for (const auto &term : clause.alternatives)
            needsGrams = needsGrams || SearchSqlBuilder::isUnspaced(term.text) ||
                         (term.form == SearchTerm::Form::Word && hasDigit(term.text));
        if (!needsGrams) {
            QStringList either;
            for (const auto &term : clause.alternatives)
                either << termQuery(term);
            (clause.excluded ? exclude : match)
                << QLatin1Char('(') + either.join(QStringLiteral(" || ")) + QLatin1Char(')');
            return;
        }
        QStringList alternatives;
        for (const auto &term : clause.alternatives) {
            if (SearchSqlBuilder::isUnspaced(term.text)) {
                alternatives << grams({}, term.text);
                continue;
            }
            alternatives << QStringLiteral("docs.words @@ %1").arg(termQuery(term));
            if (term.form == SearchTerm::Form::Word && hasDigit(term.text))
                alternatives << grams(QStringLiteral("refs"), withoutDashesAndSpaces(term.text));
        }
        const auto condition =
            QLatin1Char('(') + alternatives.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        m_conditions << (clause.excluded ? QStringLiteral("NOT ") + condition : condition);
    }

    void addFilters()
    {
        static const SearchIndexColumns columns{
            QStringLiteral("docs.id"), QStringLiteral("docs.case_id"), QStringLiteral("docs.tag"),
            QStringLiteral("docs.at"), QStringLiteral("ILIKE")};
        m_conditions << searchFilterConditions(
            m_query, columns, [this](const QVariant &value) { return bind(value); });
        for (const auto &ref : m_query.references)
            m_conditions << grams(QStringLiteral("refs"), withoutDashesAndSpaces(ref));
    }

    const SearchQuery &m_query;
    QString m_prefix;
    QStringList m_conditions;
    QVariantMap m_values;
};

} // namespace

ServerSearchSqlBuilder::Built ServerSearchSqlBuilder::results(const SearchQuery &query, int limit)
{
    return PostgresQuery(query).run(limit);
}

QString ServerSearchSqlBuilder::prefixQuery(const QString &text)
{
    // Only letters and digits reach the tsquery text, so nothing typed can change its
    // syntax; the server normalizes each lexeme (accents, stems) as it does the index.
    QStringList lexemes;
    QString run;
    for (const QChar c : text + QLatin1Char(' ')) {
        if (c.isLetterOrNumber() || c.isMark()) {
            run += c;
        } else if (!run.isEmpty()) {
            lexemes << QLatin1Char('\'') + run + QLatin1Char('\'');
            run.clear();
        }
    }
    if (lexemes.isEmpty())
        return {};
    lexemes.last() += QStringLiteral(":*");
    return lexemes.join(QStringLiteral(" <-> "));
}

} // namespace leverage
