#include "core/store/CaseFigures.h"

#include "core/store/SqlDialect.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"

namespace leverage::casefigures {
namespace {

const char *const kTables[] = {
    "CREATE TABLE case_figures (case_id BIGINT PRIMARY KEY REFERENCES cases(id) ON DELETE "
    "CASCADE, calls INTEGER NOT NULL DEFAULT 0, emails INTEGER NOT NULL DEFAULT 0, "
    "letters INTEGER NOT NULL DEFAULT 0, visits INTEGER NOT NULL DEFAULT 0, "
    "chats INTEGER NOT NULL DEFAULT 0, call_seconds BIGINT NOT NULL DEFAULT 0, "
    "hold_seconds BIGINT NOT NULL DEFAULT 0, effort_sum BIGINT NOT NULL DEFAULT 0, "
    "effort_count INTEGER NOT NULL DEFAULT 0, people INTEGER NOT NULL DEFAULT 0, "
    "promises_kept INTEGER NOT NULL DEFAULT 0, promises_broken INTEGER NOT NULL DEFAULT 0)",
    // No links: the entries' trigger keeps the rows (a contact's removal sets its entries to
    // nobody, a case's removal takes its entries), and a sum must never refuse a write the
    // entries' own constraints allow.
    "CREATE TABLE case_contact_figures (case_id BIGINT NOT NULL, contact_id BIGINT NOT NULL, "
    "entries INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (case_id, contact_id))",
};

const char *const kColumns =
    "case_id, calls, emails, letters, visits, chats, call_seconds, hold_seconds, effort_sum, "
    "effort_count, people, promises_kept, promises_broken";

// The sums computed afresh, in kColumns' order: the first fill, and what a check compares
// the kept sums with.
const char *const kFreshFigures =
    "SELECT c.id, coalesce(t.calls, 0), coalesce(t.emails, 0), coalesce(t.letters, 0), "
    "coalesce(t.visits, 0), coalesce(t.chats, 0), coalesce(t.talk, 0), coalesce(t.hold, 0), "
    "coalesce(t.effort_sum, 0), coalesce(t.effort_n, 0), coalesce(t.people, 0), "
    "coalesce(p.kept, 0), coalesce(p.broken, 0) FROM cases c "
    "LEFT JOIN (SELECT case_id, sum(hold_seconds) AS hold, "
    "sum(CASE WHEN channel = 'call' THEN duration_seconds ELSE 0 END) AS talk, "
    "sum(CASE WHEN channel = 'call' THEN 1 ELSE 0 END) AS calls, "
    "sum(CASE WHEN channel = 'email' THEN 1 ELSE 0 END) AS emails, "
    "sum(CASE WHEN channel = 'letter' THEN 1 ELSE 0 END) AS letters, "
    "sum(CASE WHEN channel = 'visit' THEN 1 ELSE 0 END) AS visits, "
    "sum(CASE WHEN channel = 'chat' THEN 1 ELSE 0 END) AS chats, "
    "count(DISTINCT contact_id) AS people, sum(effort) AS effort_sum, count(effort) AS effort_n "
    "FROM timeline_entries GROUP BY case_id) t ON t.case_id = c.id "
    "LEFT JOIN (SELECT case_id, sum(CASE WHEN status = 'kept' THEN 1 ELSE 0 END) AS kept, "
    "sum(CASE WHEN status = 'broken' THEN 1 ELSE 0 END) AS broken "
    "FROM commitments GROUP BY case_id) p ON p.case_id = c.id";

const char *const kFreshPairs = "SELECT case_id, contact_id, count(*) FROM timeline_entries "
                                "WHERE contact_id IS NOT NULL GROUP BY case_id, contact_id";

// What one entry `row` (NEW or OLD) adds to (`sign` +) or takes from (-) its case's sums.
QString entrySums(const QString &row, const QString &sign)
{
    const auto channel = [&](const char *key, const QString &then) {
        return QStringLiteral("(CASE WHEN %1.channel = '%2' THEN %3 ELSE 0 END)")
            .arg(row, QLatin1String(key), then);
    };
    QString sql = QStringLiteral("UPDATE case_figures SET ");
    const char *const counted[][2] = {{"calls", "call"},
                                      {"emails", "email"},
                                      {"letters", "letter"},
                                      {"visits", "visit"},
                                      {"chats", "chat"}};
    for (const auto &c : counted)
        sql += QStringLiteral("%1 = %1 %2 %3, ")
                   .arg(QLatin1String(c[0]), sign, channel(c[1], QStringLiteral("1")));
    sql += QStringLiteral(
               "call_seconds = call_seconds %2 %3, hold_seconds = hold_seconds %2 %1.hold_seconds, "
               "effort_sum = effort_sum %2 coalesce(%1.effort, 0), effort_count = effort_count "
               "%2 (CASE WHEN %1.effort IS NULL THEN 0 ELSE 1 END) WHERE case_id = %1.case_id; ")
               .arg(row, sign, channel("call", row + QStringLiteral(".duration_seconds")));
    // Its contact's row for the case: made or counted up; counted down and dropped at zero.
    if (sign == QLatin1String("+"))
        sql += QStringLiteral("INSERT INTO case_contact_figures (case_id, contact_id, entries) "
                              "SELECT %1.case_id, %1.contact_id, 1 WHERE %1.contact_id IS NOT "
                              "NULL ON CONFLICT (case_id, contact_id) DO UPDATE SET entries = "
                              "case_contact_figures.entries + 1; ")
                   .arg(row);
    else
        sql += QStringLiteral("UPDATE case_contact_figures SET entries = entries - 1 WHERE "
                              "case_id = %1.case_id AND contact_id = %1.contact_id; DELETE FROM "
                              "case_contact_figures WHERE case_id = %1.case_id AND contact_id = "
                              "%1.contact_id AND entries <= 0; ")
                   .arg(row);
    return sql;
}

QString promiseSums(const QString &row, const QString &sign)
{
    return QStringLiteral("UPDATE case_figures SET promises_kept = promises_kept %2 (CASE WHEN "
                          "%1.status = 'kept' THEN 1 ELSE 0 END), promises_broken = "
                          "promises_broken %2 (CASE WHEN %1.status = 'broken' THEN 1 ELSE 0 END) "
                          "WHERE case_id = %1.case_id; ")
        .arg(row, sign);
}

QString people(const QString &row, const QString &sign)
{
    return QStringLiteral("UPDATE case_figures SET people = people %2 1 WHERE case_id = "
                          "%1.case_id; ")
        .arg(row, sign);
}

// One table's triggers: `added` runs for a new row (NEW), `removed` for a row gone (OLD), both
// for an update of one of `watched` (empty: a table whose rows are never updated in place).
struct Kept
{
    const char *name;
    const char *table;
    const char *watched;
    QString (*sums)(const QString &row, const QString &sign);
};

const Kept kKept[] = {
    {"case_figures_entries", "timeline_entries",
     "case_id, channel, duration_seconds, hold_seconds, effort, contact_id", entrySums},
    {"case_figures_promises", "commitments", "case_id, status", promiseSums},
    {"case_figures_people", "case_contact_figures", "", people},
};

QString added(const Kept &k)
{
    return k.sums(QStringLiteral("NEW"), QStringLiteral("+"));
}
QString removed(const Kept &k)
{
    return k.sums(QStringLiteral("OLD"), QStringLiteral("-"));
}

QStringList sqliteTriggers()
{
    QStringList statements{
        QStringLiteral("CREATE TRIGGER case_figures_cases AFTER INSERT ON cases BEGIN INSERT "
                       "INTO case_figures (case_id) VALUES (NEW.id); END")};
    for (const auto &k : kKept) {
        const QString table = QLatin1String(k.table);
        const QString name = QLatin1String(k.name);
        statements << QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3END")
                          .arg(name, table, added(k));
        statements << QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3END")
                          .arg(name, table, removed(k));
        if (*k.watched)
            statements << QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN "
                                         "%4%5END")
                              .arg(name, QLatin1String(k.watched), table, removed(k), added(k));
    }
    return statements;
}

// As the owner (as the search index's): the sums stay whole past row-level security.
QString serverFunction(const QString &name, const QString &body)
{
    return QStringLiteral("CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY "
                          "DEFINER SET search_path = public AS $$ BEGIN %2RETURN NULL; END $$")
        .arg(name, body);
}

QStringList serverTriggers()
{
    QStringList statements{
        serverFunction(QStringLiteral("case_figures_cases"),
                       QStringLiteral("INSERT INTO case_figures (case_id) VALUES (NEW.id); ")),
        QStringLiteral("CREATE TRIGGER case_figures_cases AFTER INSERT ON cases FOR EACH ROW "
                       "EXECUTE FUNCTION case_figures_cases()")};
    for (const auto &k : kKept) {
        const QString table = QLatin1String(k.table);
        const QString name = QLatin1String(k.name);
        statements << serverFunction(name, QStringLiteral("IF TG_OP <> 'INSERT' THEN %1END IF; IF "
                                                          "TG_OP <> 'DELETE' THEN %2END IF; ")
                                               .arg(removed(k), added(k)));
        const QString update =
            *k.watched ? QStringLiteral(" OR UPDATE OF %1").arg(QLatin1String(k.watched))
                       : QString();
        statements << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR DELETE%2 ON %3 FOR EACH "
                                     "ROW EXECUTE FUNCTION %1()")
                          .arg(name, update, table);
    }
    return statements;
}

} // namespace

QStringList schemaStatements(const SqlDialect &dialect)
{
    QStringList statements;
    for (const char *statement : kTables)
        statements << dialect.schemaSql(QString::fromLatin1(statement));
    // Filled before the triggers exist: the pairs' trigger would count people a second time.
    statements << QStringLiteral("INSERT INTO case_figures (%1) %2")
                      .arg(QLatin1String(kColumns), QLatin1String(kFreshFigures));
    statements << QStringLiteral(
                      "INSERT INTO case_contact_figures (case_id, contact_id, entries) %1")
                      .arg(QLatin1String(kFreshPairs));
    statements << (dialect.engine() == SqlDialect::Engine::Postgres ? serverTriggers()
                                                                    : sqliteTriggers());
    return statements;
}

QStringList derivedTables()
{
    return {QStringLiteral("case_figures"), QStringLiteral("case_contact_figures")};
}

Result<qint64> differences(Workspace &workspace)
{
    // Rows in one query and not the other, either way (subqueries named: PostgreSQL wants it).
    const auto differing = [&workspace](const QString &expected,
                                        const QString &actual) -> Result<qint64> {
        Statement statement(
            workspace.database(),
            QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM (%1) AS e EXCEPT "
                           "SELECT * FROM (%2) AS a) AS d) + (SELECT count(*) FROM (SELECT * "
                           "FROM (%2) AS a EXCEPT SELECT * FROM (%1) AS e) AS d)")
                .arg(expected, actual));
        if (auto status = statement.exec(); !status)
            return status.error();
        return statement.next() ? statement.value(0).toLongLong() : 0;
    };
    auto figures =
        differing(QLatin1String(kFreshFigures),
                  QStringLiteral("SELECT %1 FROM case_figures").arg(QLatin1String(kColumns)));
    if (!figures)
        return figures.error();
    auto pairs = differing(QLatin1String(kFreshPairs),
                           QStringLiteral("SELECT case_id, contact_id, entries FROM "
                                          "case_contact_figures"));
    if (!pairs)
        return pairs.error();
    return *figures + *pairs;
}

} // namespace leverage::casefigures
