#include "core/store/SqliteQuote.h"

#include "core/util/DecimalText.h"

#include <cstring>
#include <sqlite3.h>

namespace leverage {
namespace {

// Values whose quoting could differ between SQLite versions or from a hand-written one.
const char *const kProbeTexts[] = {"",
                                   "it's",
                                   "''",
                                   "a\tb\nc\rd",
                                   "\x01\x1b[31m",
                                   "\\",
                                   "NULL",
                                   "\"quoted\"",
                                   "Müller 株式会社",
                                   "\x7f",
                                   "%s",
                                   "%Q %q",
                                   "  spaces  ",
                                   "😀"};
const sqlite3_int64 kProbeIntegers[] = {0, -1, 42, 9223372036854775807LL,
                                        -9223372036854775807LL - 1};

} // namespace

SqliteQuote::SqliteQuote(sqlite3 *handle)
{
    if (handle == nullptr ||
        sqlite3_prepare_v2(handle, "SELECT quote(?)", -1, &m_quote, nullptr) != SQLITE_OK)
        return;
    m_usable = agreesWithSqlite();
}

SqliteQuote::~SqliteQuote()
{
    sqlite3_finalize(m_quote);
}

bool SqliteQuote::append(QByteArray &out, sqlite3_stmt *row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_NULL:
        out.append("NULL", 4);
        return true;
    case SQLITE_INTEGER: {
        const DecimalText text(sqlite3_column_int64(row, column));
        out.append(text.data(), text.size);
        return true;
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        const int size = sqlite3_column_bytes(row, column);
        if (text == nullptr || std::memchr(text, 0, size_t(size)) != nullptr)
            break; // SQLite's quote() ends text at a NUL byte: let it say how
        out.append('\'');
        const char *from = text;
        const char *const end = text + size;
        // Single quotes doubled, nothing else changed.
        while (const char *quote =
                   static_cast<const char *>(std::memchr(from, '\'', size_t(end - from)))) {
            out.append(from, quote - from + 1);
            out.append('\'');
            from = quote + 1;
        }
        out.append(from, end - from);
        out.append('\'');
        return true;
    }
    default:
        break;
    }
    return bySqlite(out, row, column);
}

bool SqliteQuote::bySqlite(QByteArray &out, sqlite3_stmt *row, int column)
{
    if (m_quote == nullptr)
        return false;
    sqlite3_bind_value(m_quote, 1, sqlite3_column_value(row, column));
    const bool ok = sqlite3_step(m_quote) == SQLITE_ROW;
    if (ok)
        out.append(reinterpret_cast<const char *>(sqlite3_column_text(m_quote, 0)),
                   sqlite3_column_bytes(m_quote, 0));
    sqlite3_reset(m_quote);
    sqlite3_clear_bindings(m_quote);
    return ok;
}

bool SqliteQuote::agreesWithSqlite()
{
    sqlite3 *handle = sqlite3_db_handle(m_quote);
    sqlite3_stmt *probe = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT ?1, quote(?1)", -1, &probe, nullptr) != SQLITE_OK)
        return false;
    bool agrees = true;
    const auto check = [&] {
        QByteArray ours;
        agrees = agrees && sqlite3_step(probe) == SQLITE_ROW && append(ours, probe, 0) &&
                 ours == QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(probe, 1)),
                                    sqlite3_column_bytes(probe, 1));
        sqlite3_reset(probe);
    };
    for (const char *text : kProbeTexts) {
        sqlite3_bind_text(probe, 1, text, -1, SQLITE_STATIC);
        check();
    }
    for (const sqlite3_int64 integer : kProbeIntegers) {
        sqlite3_bind_int64(probe, 1, integer);
        check();
    }
    sqlite3_bind_null(probe, 1);
    check();
    sqlite3_finalize(probe);
    return agrees;
}

} // namespace leverage
