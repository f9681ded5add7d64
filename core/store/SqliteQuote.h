#pragma once

#include <QByteArray>

struct sqlite3;
struct sqlite3_stmt;

namespace leverage {

// SQLite's quote() of a column's value, written in C++: what SqlDialect::canonicalText makes
// SQLite compute for a seal, without SQLite concatenating a row's twenty quoted columns (five
// sixths of verifying a million rows). NULL, integers and text without a NUL byte are written
// here; any other value (a real, a blob) is handed to SQLite's own quote(). On opening, a set
// of awkward values is quoted both ways: if this SQLite quotes differently (another version),
// usable() is false and the caller lets SQL build the text.
class SqliteQuote final
{
    Q_DISABLE_COPY_MOVE(SqliteQuote)

public:
    explicit SqliteQuote(sqlite3 *handle);
    ~SqliteQuote();

    bool usable() const { return m_usable; }
    // Appends quote(column's value) to `out`; false if SQLite failed to quote it.
    bool append(QByteArray &out, sqlite3_stmt *row, int column);

private:
    bool bySqlite(QByteArray &out, sqlite3_stmt *row, int column);
    bool agreesWithSqlite();

    sqlite3_stmt *m_quote = nullptr; // SELECT quote(?)
    bool m_usable = false;
};

} // namespace leverage
