#pragma once

#include <QList>
#include <QStringList>

namespace leverage {

class SqlDialect;

// The full-text index (issue 20), described once per indexed table and turned into the
// statements that create it, keep it exact, fill it and check it: FTS5 on SQLite, and its
// tsvector twin on a team workspace (PostgreSQL, see serverSchemaStatements).
//
// Why triggers keep the index (and not the repositories' write path): a trigger runs inside
// the statement that changes the row, so the index is in the same transaction as every
// write by construction — repository saves, bulk imports, cascaded deletes of a case's
// entries, undo and redo, restores — and a write path added later cannot forget it.
//
// Why two tokenizers: `porter unicode61 remove_diacritics 2` gives words ("Muller" finds
// "Müller", case folded, Arabic and Hebrew as written without vowel marks; English endings
// folded, so "refund" finds "refunded" and "refunds"); `trigram` finds any part of
// three characters or more where words do not exist or do not help: reference numbers and
// phone numbers (also stored without dashes and spaces, so "77310" finds "77-310"), people's
// names (a Chinese given name inside a full name) and text in scripts written without spaces
// (Chinese, Japanese, Korean), which unicode61 would keep as one token per run.
namespace searchindex {

// Kind codes: rowid = item id * 8 + code, so one index holds every kind and a row is found
// from its item without a lookup.
enum Code
{
    kCase = 1,
    kEntry = 2,
    kCommitment = 3,
    kFollowUp = 4,
    kContact = 5,
    kOrganization = 6,
    kLetter = 7
};
constexpr int kCodeBits = 3;

// What the index holds changes with the program (letters and participants came in schema 8):
// meta's kStateKey holds the version the index was built for, or kStale when it must be built
// again from the tables (search says it is not ready until then).
// (3: search_facets, schema 9.)
constexpr int kIndexVersion = 3;
inline constexpr char kStateKey[] = "search_index";
inline constexpr char kStale[] = "stale";

// Creates the index tables, empty (schema 6); their triggers come with schema 8.
QStringList schemaStatements(const SqlDialect &dialect);
// Brings the index tables and triggers to this version's description and marks the index to
// be built again when the workspace has rows (schemas 8 and 9); an empty workspace's index is
// current as it is.
QStringList upgradeStatements(const SqlDialect &dialect);
// The team workspace's index (PostgreSQL; nothing on SQLite): one table search_docs holding
// each item's texts, kept by trigger functions from the same descriptions, with two
// generated tsvector columns under GIN indexes: `words` (title, body: unaccented English
// stems without stop words, like porter; people and references unstemmed, weighted like
// bm25's columns) and `names` (people only, unstemmed: the person: filter). What FTS5's
// trigram index does (parts of numbers, unspaced scripts) is ILIKE over the people, refs
// and cjk columns, under a pg_trgm index where the server has pg_trgm. unaccent and pg_trgm
// are PostgreSQL's contrib (in Debian's postgresql-15); without them accents count and
// substring searches read the table.
QStringList serverSchemaStatements(const SqlDialect &dialect);
// The filters' index on (tag, time) beside the text index (schema 11): search_facets on
// SQLite, search_docs on PostgreSQL. The SQLite rebuild makes it again (rebuildFinishStatements).
QStringList facetIndexStatements(const SqlDialect &dialect);
// Empties and refills the indexes from the tables and marks them current, in the order
// given (the repair of `leverage check`).
QStringList rebuildStatements(const SqlDialect &dialect);

// The same rebuild in steps, for a build that shows its progress and can be cancelled: make
// the tables anew, fill each indexed table by ranges of ids (:from to :to), then finish.
struct FillStep
{
    QString table;          // the indexed table (its ids give the ranges)
    QStringList statements; // bound :from and :to
};
QStringList rebuildPrepareStatements(const SqlDialect &dialect);
QList<FillStep> rebuildFillSteps(const SqlDialect &dialect);
QStringList rebuildFinishStatements(const SqlDialect &dialect);
// Each returns one count: rows of the index that differ from a fresh scan of the tables,
// either way (0 when exact).
QStringList verifyStatements(const SqlDialect &dialect);

} // namespace searchindex
} // namespace leverage
