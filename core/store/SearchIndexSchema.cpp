#include "core/store/SearchIndexSchema.h"

#include "core/store/SqlDialect.h"

#include <array>

namespace leverage::searchindex {
namespace {

// One indexed table. Expressions name the row as {r} (new., old. or the table's alias).
struct IndexedTable
{
    Code code;
    const char *table;
    const char *title;
    const char *body;
    const char *people;
    const char *refs;
    const char *caseId;
    const char *at;
    const char *tag;
    const char *watched; // the columns whose change re-indexes the row
};

// One field of several in a column, after a separator when not empty: a snippet of a contact's
// details must not run their position into their notes (ltrim drops the first separator).
#define LEVERAGE_FIELD(column)                                                                     \
    "CASE WHEN {r}." column " <> '' THEN ' · ' || {r}." column " ELSE '' END"

// Reference numbers as written and without dashes and spaces.
#define LEVERAGE_REF(column)                                                                       \
    "{r}." column " || ' ' || replace(replace({r}." column ", '-', ''), ' ', '')"

constexpr std::array<IndexedTable, 7> kTables{{
    {kCase, "cases", "{r}.title", "{r}.desired_outcome || ' ' || {r}.outcome", "''",
     LEVERAGE_REF("reference"), "{r}.id",
     "coalesce({r}.last_activity_at, {r}.opened_at, {r}.created_at)", "{r}.status",
     "title, desired_outcome, outcome, reference, last_activity_at, opened_at, status"},
    // Not the person's position: "Refunds Supervisor" would make every call with them an
    // answer to "refund" (the position is found on the contact). The people are the one
    // spoken to and everyone else on the call (its participants).
    {kEntry, "timeline_entries", "{r}.summary", "{r}.notes",
     "{r}.person_name || coalesce(' ' || (SELECT group_concat(p.name, ' ') FROM "
     "entry_participants AS p WHERE p.entry_id = {r}.id), '')",
     LEVERAGE_REF("reference_number"), "{r}.case_id", "{r}.occurred_at", "{r}.channel",
     "summary, notes, person_name, reference_number, case_id, occurred_at, channel"},
    {kCommitment, "commitments", "{r}.what", "{r}.status_note",
     "{r}.made_by_name || ' ' || {r}.actor_name", "''", "{r}.case_id",
     "coalesce({r}.made_at, {r}.created_at)", "{r}.status",
     "what, status_note, made_by_name, actor_name, case_id, made_at, status"},
    {kFollowUp, "follow_ups", "{r}.what", "{r}.notes", "''", "''", "{r}.case_id",
     "coalesce({r}.due_at, {r}.created_at)",
     "CASE WHEN {r}.done_at IS NULL THEN 'open' ELSE 'done' END",
     "what, notes, case_id, due_at, done_at"},
    {kContact, "contacts", "{r}.name",
     "ltrim(" LEVERAGE_FIELD("position") " || " LEVERAGE_FIELD("department") " || " LEVERAGE_FIELD(
         "notes") " || " LEVERAGE_FIELD("email") ", ' ·')",
     "{r}.name",
     "{r}.direct_line || ' ' || replace(replace({r}.direct_line, '-', ''), ' ', '') || ' ' || "
     "{r}.extension",
     "NULL", "{r}.updated_at", "''",
     "name, position, department, notes, email, direct_line, extension, updated_at"},
    {kOrganization, "organizations", "{r}.name",
     "ltrim(" LEVERAGE_FIELD("kind") " || " LEVERAGE_FIELD("notes") " || " LEVERAGE_FIELD(
         "website") ", ' ·')",
     "''", "{r}.phone || ' ' || replace(replace({r}.phone, '-', ''), ' ', '')", "NULL",
     "{r}.updated_at", "{r}.kind", "name, kind, notes, website, phone, updated_at"},
    // The letters' own words (issue 18); the addressee is found on the contact.
    {kLetter, "letters", "{r}.subject", "{r}.body_text", "''", LEVERAGE_REF("tracking_number"),
     "{r}.case_id", "coalesce({r}.sent_at, {r}.written_at, {r}.created_at)", "{r}.state",
     "subject, body_text, tracking_number, case_id, sent_at, written_at, state"},
}};

#undef LEVERAGE_REF
#undef LEVERAGE_FIELD

// An entry's participants are in its people: a change to them indexes the entry again.
constexpr auto kParticipants = "entry_participants";

// Characters of scripts written without spaces (CJK ideographs, kana, Hangul, compatibility
// ideographs): text holding any goes to the trigram index whole.
const QString kUnspacedScripts = QStringLiteral("'*[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]*'");

QString expr(const char *text, const QString &row)
{
    return QString::fromUtf8(text).replace(QLatin1String("{r}"), row);
}

// The text index's columns of one row, in the order of its declaration.
QString textColumns(const IndexedTable &t, const QString &row)
{
    return QStringLiteral("%1 * 8 + %2, %3, %4, %5, %6, %7, %8, %9")
        .arg(expr("{r}.id", row))
        .arg(int(t.code))
        .arg(expr(t.title, row), expr(t.body, row), expr(t.people, row), expr(t.refs, row),
             expr(t.caseId, row), expr(t.at, row), expr(t.tag, row));
}

// The trigram index's columns of one row, as a SELECT that yields nothing when the row has no
// names, numbers or unspaced text (most entries: the index stays small).
QString gramsSelect(const IndexedTable &t, const QString &row, const QString &from)
{
    const auto text = expr(t.title, row) + QStringLiteral(" || ' ' || ") + expr(t.body, row);
    // Text all in ASCII (as many bytes as characters) is passed without the GLOB, whose
    // character class costs more than indexing the row (13 s of a million entries' build).
    return QStringLiteral("SELECT * FROM (SELECT %1 * 8 + %2 AS id, %3 AS people, %4 AS refs, "
                          "CASE WHEN length(%5) <> length(CAST(%5 AS BLOB)) AND (%5) GLOB %6 "
                          "THEN %5 ELSE '' END AS cjk%7) "
                          "WHERE people <> '' OR trim(refs) <> '' OR cjk <> ''")
        .arg(expr("{r}.id", row))
        .arg(int(t.code))
        .arg(expr(t.people, row), expr(t.refs, row), text, kUnspacedScripts, from);
}

// The filters' columns of one row (see tableStatements).
QString facetColumns(const IndexedTable &t, const QString &row)
{
    return QStringLiteral("%1 * 8 + %2, %3, %4, %5")
        .arg(expr("{r}.id", row))
        .arg(int(t.code))
        .arg(expr(t.caseId, row), expr(t.at, row), expr(t.tag, row));
}

const QString kTextInto =
    QStringLiteral("INSERT INTO search_text (rowid, title, body, people, refs, case_id, at, tag) ");
const QString kGramsInto = QStringLiteral("INSERT INTO search_grams (rowid, people, refs, cjk) ");
const QString kFacetsInto = QStringLiteral("INSERT INTO search_facets (id, case_id, at, tag) ");

QString fromTable(const IndexedTable &t, const QString &where = {})
{
    return QStringLiteral(" FROM %1 AS t").arg(QLatin1String(t.table)) + where;
}

// The index tables' rows of one table, for the rows that `where` keeps (all when empty).
QStringList fillStatements(const IndexedTable &t, const QString &where = {})
{
    return {kTextInto + QStringLiteral("SELECT ") + textColumns(t, QStringLiteral("t")) +
                fromTable(t, where),
            kGramsInto + gramsSelect(t, QStringLiteral("t"), fromTable(t, where)),
            kFacetsInto + QStringLiteral("SELECT ") + facetColumns(t, QStringLiteral("t")) +
                fromTable(t, where)};
}

QStringList fillStatements()
{
    QStringList statements;
    for (const auto &t : kTables)
        statements << fillStatements(t);
    return statements;
}

// The filters (channel:, status:, after:, case:...) read a row's case, time and tag from
// search_facets, a narrow table beside the text index: FTS5 reads an UNINDEXED column by
// fetching the row's whole stored text, and a filtered search checks some 40,000 matches on
// a million entries (search_text keeps its copy for the results' 50 rows).
const QString kFacetsTable =
    QStringLiteral("CREATE TABLE IF NOT EXISTS search_facets (id INTEGER PRIMARY KEY, case_id "
                   "INTEGER, at INTEGER, tag TEXT)");

// The filters' index (schema 11): an entry's channel or an item's status, then its time, so
// that a search of filters alone (`channel:call after:2026-11-01`) reads the newest rows of
// that tag in order and stops at the page's end instead of sorting every row that passes.
// The server's twin serves the same query on search_docs.
const QString kFacetsIndex =
    QStringLiteral("CREATE INDEX IF NOT EXISTS search_facets_by_tag ON search_facets (tag, at)");
const QString kServerFacetsIndex =
    QStringLiteral("CREATE INDEX IF NOT EXISTS search_docs_by_tag ON search_docs (tag, at)");

QStringList tableStatements()
{
    return {
        QStringLiteral("CREATE VIRTUAL TABLE search_text USING fts5(title, body, people, refs, "
                       "case_id UNINDEXED, at UNINDEXED, tag UNINDEXED, "
                       "tokenize = 'porter unicode61 remove_diacritics 2')"),
        QStringLiteral("CREATE VIRTUAL TABLE search_grams USING fts5(people, refs, cjk, "
                       "tokenize = 'trigram')"),
        kFacetsTable,
    };
}

QString deleteRows(const IndexedTable &t, const QString &id)
{
    return QStringLiteral("DELETE FROM search_text WHERE rowid = %1 * 8 + %2; "
                          "DELETE FROM search_grams WHERE rowid = %1 * 8 + %2; "
                          "DELETE FROM search_facets WHERE id = %1 * 8 + %2; ")
        .arg(id)
        .arg(int(t.code));
}

const IndexedTable &entries()
{
    return kTables[1];
}

// An entry indexed again from its row (after a change to its participants).
QString reindexEntry(const QString &entryId)
{
    const auto where = QStringLiteral(" WHERE t.id = %1").arg(entryId);
    QString sql = deleteRows(entries(), entryId);
    for (const auto &statement : fillStatements(entries(), where))
        sql += statement + QStringLiteral("; ");
    return sql;
}

QStringList triggerNames()
{
    QStringList names;
    for (const auto &t : kTables)
        for (const auto suffix : {"_ai", "_au", "_ad"})
            names
                << QStringLiteral("search_%1%2").arg(QLatin1String(t.table), QLatin1String(suffix));
    for (const auto suffix : {"_ai", "_au", "_ad"})
        names << QStringLiteral("search_%1%2")
                     .arg(QLatin1String(kParticipants), QLatin1String(suffix));
    return names;
}

QStringList triggerStatements()
{
    QStringList statements;
    for (const auto &t : kTables) {
        const auto name = QStringLiteral("search_%1").arg(QLatin1String(t.table));
        const auto insertNew = kTextInto + QStringLiteral("VALUES (") +
                               textColumns(t, QStringLiteral("new")) + QStringLiteral("); ") +
                               kGramsInto + gramsSelect(t, QStringLiteral("new"), {}) +
                               QStringLiteral("; ") + kFacetsInto + QStringLiteral("VALUES (") +
                               facetColumns(t, QStringLiteral("new")) + QStringLiteral("); ");
        const auto deleteOld = deleteRows(t, QStringLiteral("old.id"));
        statements << QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3END")
                          .arg(name, QLatin1String(t.table), insertNew);
        statements << QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF %2 ON %3 BEGIN %4%5END")
                          .arg(name, QLatin1String(t.watched), QLatin1String(t.table), deleteOld,
                               insertNew);
        statements << QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3END")
                          .arg(name, QLatin1String(t.table), deleteOld);
    }
    const auto name = QStringLiteral("search_%1").arg(QLatin1String(kParticipants));
    const auto table = QLatin1String(kParticipants);
    statements << QStringLiteral("CREATE TRIGGER %1_ai AFTER INSERT ON %2 BEGIN %3END")
                      .arg(name, table, reindexEntry(QStringLiteral("new.entry_id")));
    statements << QStringLiteral("CREATE TRIGGER %1_au AFTER UPDATE OF name, entry_id ON %2 "
                                 "BEGIN %3%4END")
                      .arg(name, table, reindexEntry(QStringLiteral("old.entry_id")),
                           reindexEntry(QStringLiteral("new.entry_id")));
    statements << QStringLiteral("CREATE TRIGGER %1_ad AFTER DELETE ON %2 BEGIN %3END")
                      .arg(name, table, reindexEntry(QStringLiteral("old.entry_id")));
    return statements;
}

QStringList markBuilt()
{
    return {QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(QLatin1String(kStateKey)),
            QStringLiteral("INSERT INTO meta (key, value) VALUES ('%1', '%2')")
                .arg(QLatin1String(kStateKey))
                .arg(kIndexVersion)};
}

// The team workspace's twin (serverSchemaStatements). Scripts written without spaces, as a
// PostgreSQL regular expression over the same ranges as kUnspacedScripts.
const QString kServerUnspaced = QStringLiteral("'[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]'");
const QString kServerInto = QStringLiteral(
    "INSERT INTO search_docs (id, title, body, people, refs, case_id, at, tag, cjk) ");

// One row of search_docs: the text index's columns, then the unspaced text (or '').
QString serverColumns(const IndexedTable &t, const QString &row)
{
    const auto text = expr(t.title, row) + QStringLiteral(" || ' ' || ") + expr(t.body, row);
    // SQLite's group_concat (an entry's participants) is string_agg on the server, in a fixed
    // order so that the check of the index against the tables compares like with like.
    QString columns =
        textColumns(t, row) +
        QStringLiteral(", CASE WHEN (%1) ~ %2 THEN %1 ELSE '' END").arg(text, kServerUnspaced);
    return columns.replace(QStringLiteral("group_concat(p.name, ' ')"),
                           QStringLiteral("string_agg(p.name, ' ' ORDER BY p.id)"));
}

QStringList serverFillStatements()
{
    QStringList statements;
    for (const auto &t : kTables)
        statements << kServerInto + QStringLiteral("SELECT ") +
                          serverColumns(t, QStringLiteral("t")) + fromTable(t);
    return statements;
}

QStringList serverTableStatements()
{
    // A text search configuration per use; the mapping names unaccent only where the
    // extension could be installed (a trusted extension: the database's owner may).
    const auto mapping = QStringLiteral(
        "ALTER TEXT SEARCH CONFIGURATION %1 ALTER MAPPING FOR asciiword, asciihword, "
        "hword_asciipart, word, hword, hword_part WITH ' || accents || '%2'");
    return {
        QStringLiteral("DO $$ BEGIN "
                       "BEGIN CREATE EXTENSION IF NOT EXISTS unaccent; EXCEPTION WHEN OTHERS THEN "
                       "RAISE WARNING 'search: no unaccent (%', SQLERRM; END; "
                       "BEGIN CREATE EXTENSION IF NOT EXISTS pg_trgm; EXCEPTION WHEN OTHERS THEN "
                       "RAISE WARNING 'search: no pg_trgm (%', SQLERRM; END; END $$"),
        // English stems like FTS5's porter, but no stop words: "the" and "was" are searchable.
        QStringLiteral("CREATE TEXT SEARCH DICTIONARY leverage_stem (TEMPLATE = snowball, "
                       "Language = english)"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION leverage_words (COPY = simple)"),
        QStringLiteral("CREATE TEXT SEARCH CONFIGURATION leverage_names (COPY = simple)"),
        QStringLiteral("DO $$ DECLARE accents text := CASE WHEN EXISTS (SELECT 1 FROM "
                       "pg_extension WHERE extname = 'unaccent') THEN 'unaccent, ' ELSE '' END; "
                       "BEGIN EXECUTE '%1; EXECUTE '%2; END $$")
            .arg(mapping.arg(QStringLiteral("leverage_words"), QStringLiteral("leverage_stem")),
                 mapping.arg(QStringLiteral("leverage_names"), QStringLiteral("simple"))),
        QStringLiteral(
            "CREATE TABLE search_docs (id BIGINT PRIMARY KEY, title TEXT, body TEXT, people "
            "TEXT, refs TEXT, case_id BIGINT, at BIGINT, tag TEXT, cjk TEXT NOT NULL DEFAULT "
            "'', words tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('leverage_words', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('leverage_names', coalesce(people, '')), 'B') || "
            "setweight(to_tsvector('leverage_names', coalesce(refs, '')), 'C') || "
            "setweight(to_tsvector('leverage_words', coalesce(body, '')), 'D')) STORED, "
            "names tsvector GENERATED ALWAYS AS (to_tsvector('leverage_names', "
            "coalesce(people, ''))) STORED)"),
        QStringLiteral("CREATE INDEX search_docs_words ON search_docs USING gin (words)"),
        QStringLiteral("CREATE INDEX search_docs_names ON search_docs USING gin (names)"),
        QStringLiteral("CREATE INDEX search_docs_by_case ON search_docs (case_id)"),
        QStringLiteral("DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = "
                       "'pg_trgm') THEN CREATE INDEX search_docs_grams ON search_docs USING "
                       "gin (people gin_trgm_ops, refs gin_trgm_ops, cjk gin_trgm_ops); END "
                       "IF; END $$"),
    };
}

QStringList serverTriggerStatements()
{
    QStringList statements;
    for (const auto &t : kTables) {
        const auto table = QLatin1String(t.table);
        const auto function = QStringLiteral("search_index_%1").arg(table);
        statements << QStringLiteral(
                          // As the owner: the index is kept whole past row-level security
                          // (a cascade removes a case before its entries' index rows).
                          "CREATE FUNCTION %1() RETURNS trigger LANGUAGE plpgsql SECURITY "
                          "DEFINER SET search_path = public AS $$ BEGIN "
                          "IF TG_OP <> 'INSERT' THEN DELETE FROM search_docs WHERE id = "
                          "OLD.id * 8 + %2; END IF; IF TG_OP <> 'DELETE' THEN %3VALUES (%4); "
                          "END IF; RETURN NULL; END $$")
                          .arg(function)
                          .arg(int(t.code))
                          .arg(kServerInto, serverColumns(t, QStringLiteral("NEW")));
        statements << QStringLiteral("CREATE TRIGGER search_%1_aid AFTER INSERT OR DELETE ON %1 "
                                     "FOR EACH ROW EXECUTE FUNCTION %2()")
                          .arg(table, function);
        statements << QStringLiteral("CREATE TRIGGER search_%1_au AFTER UPDATE OF %2 ON %1 FOR "
                                     "EACH ROW EXECUTE FUNCTION %3()")
                          .arg(table, QLatin1String(t.watched), function);
    }
    // An entry's people include its participants: a change to them indexes the entry again
    // (the copy of a workspace adds them after their entries).
    const auto reindex = [](const QString &entryId) {
        return QStringLiteral("DELETE FROM search_docs WHERE id = %1 * 8 + %2; %3SELECT %4%5; ")
            .arg(entryId)
            .arg(int(entries().code))
            .arg(kServerInto, serverColumns(entries(), QStringLiteral("t")),
                 fromTable(entries(), QStringLiteral(" WHERE t.id = %1").arg(entryId)));
    };
    statements << QStringLiteral("CREATE FUNCTION search_index_participants() RETURNS trigger "
                                 "LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS "
                                 "$$ BEGIN IF TG_OP <> 'INSERT' THEN %1END IF; IF TG_OP <> "
                                 "'DELETE' THEN %2END IF; RETURN NULL; END $$")
                      .arg(reindex(QStringLiteral("OLD.entry_id")),
                           reindex(QStringLiteral("NEW.entry_id")));
    statements << QStringLiteral("CREATE TRIGGER search_participants AFTER INSERT OR DELETE OR "
                                 "UPDATE OF name, entry_id ON %1 FOR EACH ROW EXECUTE FUNCTION "
                                 "search_index_participants()")
                      .arg(QLatin1String(kParticipants));
    return statements;
}

// Rows in one query and not the other, either way (subqueries named: PostgreSQL wants it).
QString differing(const QString &expected, const QString &actual)
{
    return QStringLiteral("SELECT (SELECT count(*) FROM (SELECT * FROM (%1) AS e EXCEPT "
                          "SELECT * FROM (%2) AS a) AS d) + (SELECT count(*) FROM (SELECT * "
                          "FROM (%2) AS a EXCEPT SELECT * FROM (%1) AS e) AS d)")
        .arg(expected, actual);
}

QStringList serverVerifyStatements()
{
    QStringList expected;
    for (const auto &t : kTables)
        expected << QStringLiteral("SELECT ") + serverColumns(t, QStringLiteral("t")) +
                        fromTable(t);
    return {differing(expected.join(QStringLiteral(" UNION ALL ")),
                      QStringLiteral("SELECT id, title, body, people, refs, case_id, at, tag, "
                                     "cjk FROM search_docs"))};
}

} // namespace

QStringList serverSchemaStatements(const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Postgres)
        return {};
    return serverTableStatements() + serverTriggerStatements() + serverFillStatements();
}

QStringList schemaStatements(const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite)
        return {};
    // The triggers come with schema 8 (upgradeStatements), which names columns of its own
    // (letters.body_text); the first build fills the tables and shows its progress.
    return tableStatements();
}

QStringList upgradeStatements(const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite)
        return {};
    // The facets came with index version 3 (schema 9): before the triggers that fill them.
    QStringList statements{kFacetsTable};
    for (const auto &name : triggerNames())
        statements << QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(name);
    statements << triggerStatements();
    statements << QStringLiteral("DELETE FROM meta WHERE key = '%1'").arg(QLatin1String(kStateKey));
    // Every indexed row belongs to a case, a contact or an organization.
    statements << QStringLiteral("INSERT INTO meta (key, value) SELECT '%1', CASE WHEN EXISTS "
                                 "(SELECT 1 FROM cases) OR EXISTS (SELECT 1 FROM contacts) OR "
                                 "EXISTS (SELECT 1 FROM organizations) THEN '%2' ELSE '%3' END")
                      .arg(QLatin1String(kStateKey), QLatin1String(kStale))
                      .arg(kIndexVersion);
    return statements;
}

QStringList rebuildPrepareStatements(const SqlDialect &dialect)
{
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return QStringList{QStringLiteral("DELETE FROM search_docs")} + serverFillStatements();
    // Dropped and made anew rather than emptied: FTS5 deletes a row by reading its text back
    // and taking each word out of the index, which for a million rows took longer than
    // indexing them. The triggers on the indexed tables name the tables, not their contents.
    return QStringList{QStringLiteral("DROP TABLE search_text"),
                       QStringLiteral("DROP TABLE search_grams"),
                       QStringLiteral("DROP TABLE search_facets")} +
           tableStatements();
}

QList<FillStep> rebuildFillSteps(const SqlDialect &dialect)
{
    QList<FillStep> steps;
    if (dialect.engine() != SqlDialect::Engine::Sqlite)
        return steps;
    for (const auto &t : kTables)
        steps << FillStep{QLatin1String(t.table),
                          fillStatements(t, QStringLiteral(" WHERE t.id BETWEEN :from AND :to"))};
    return steps;
}

QStringList rebuildFinishStatements(const SqlDialect &dialect)
{
    if (dialect.engine() != SqlDialect::Engine::Sqlite)
        return {};
    // The filters' index once the facets are in (sorted once: faster than kept row by row
    // during the fill); the prepare step's DROP TABLE took the old one with it.
    return QStringList{
               kFacetsIndex,
               QStringLiteral("INSERT INTO search_text (search_text) VALUES ('optimize')"),
               QStringLiteral("INSERT INTO search_grams (search_grams) VALUES ('optimize')")} +
           markBuilt();
}

QStringList facetIndexStatements(const SqlDialect &dialect)
{
    return {dialect.engine() == SqlDialect::Engine::Postgres ? kServerFacetsIndex : kFacetsIndex};
}

QStringList rebuildStatements(const SqlDialect &dialect)
{
    // The server's index is emptied and filled in one step (rebuildPrepareStatements).
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return rebuildPrepareStatements(dialect);
    return rebuildPrepareStatements(dialect) + fillStatements() + rebuildFinishStatements(dialect);
}

QStringList verifyStatements(const SqlDialect &dialect)
{
    if (dialect.engine() == SqlDialect::Engine::Postgres)
        return serverVerifyStatements();
    QStringList text;
    QStringList grams;
    QStringList facets;
    for (const auto &t : kTables) {
        text << QStringLiteral("SELECT ") + textColumns(t, QStringLiteral("t")) + fromTable(t);
        grams << gramsSelect(t, QStringLiteral("t"), fromTable(t));
        facets << QStringLiteral("SELECT ") + facetColumns(t, QStringLiteral("t")) + fromTable(t);
    }
    return {differing(text.join(QStringLiteral(" UNION ALL ")),
                      QStringLiteral("SELECT rowid, title, body, people, refs, case_id, at, tag "
                                     "FROM search_text")),
            differing(grams.join(QStringLiteral(" UNION ALL ")),
                      QStringLiteral("SELECT rowid, people, refs, cjk FROM search_grams")),
            differing(facets.join(QStringLiteral(" UNION ALL ")),
                      QStringLiteral("SELECT id, case_id, at, tag FROM search_facets"))};
}

} // namespace leverage::searchindex
