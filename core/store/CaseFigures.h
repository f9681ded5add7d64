#pragma once

#include "core/util/Result.h"

#include <QStringList>

namespace leverage {

class SqlDialect;
class Workspace;

// Per-case sums over a case's timeline entries and promises (issue 22), kept current by the
// database itself so that the outcome figures read 10,000 rows instead of summing a million
// entries on every open.
//
// case_figures: one row per case (made by a trigger on cases), with its calls, e-mails,
// letters, visits and chats, seconds on calls and on hold, the effort scores' sum and count,
// the promises kept and broken, and `people`, the distinct contacts named on its entries.
// case_contact_figures: one row per case and contact named on at least one of its entries
// (with how many); `people` counts these rows, which is how a distinct count stays exact
// under deletes.
//
// Why triggers (as the search index): they run inside the statement that changes the row, so
// the sums share the transaction of every write — repository saves, bulk inserts, a case's
// cascaded delete, a contact's removal (its entries set to nobody), undo and redo, a copy to
// a server — and a write path added later cannot forget them. On PostgreSQL the same
// statements run in trigger functions.
namespace casefigures {

// The tables, their first fill from the existing rows and the triggers (schema 9).
QStringList schemaStatements(const SqlDialect &dialect);
// Tables the triggers keep: a copy between a file and a server leaves them to the target's
// own triggers.
QStringList derivedTables();
// Rows of the kept sums that differ from a fresh computation over the entries and promises
// (both tables, either way): 0 when exact.
Result<qint64> differences(Workspace &workspace);

} // namespace casefigures
} // namespace leverage
