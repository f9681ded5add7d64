#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <memory>

namespace leverage {

class RowScan;
class SqliteQuote;
class Workspace;

// The living rows of a sealed table as their seals cover them: id, case, and the canonical
// content and links text (SqlDialect::canonicalText) that SealChain seals. On SQLite the text
// is put together here from the plain columns (SqliteQuote); SQL concatenating twenty quoted
// columns a row was most of verifying a large workspace. Elsewhere SQL writes it.
class SealedRowScan final
{
    Q_DISABLE_COPY_MOVE(SealedRowScan)

public:
    // caseId 0: every row of the table.
    SealedRowScan(Workspace &workspace, const QString &table, RowId caseId = 0);
    ~SealedRowScan();

    Status start();
    // False when the rows ran out or a value could not be read (then finish() says so).
    bool next();
    Status finish() const;

    RowId id() const;
    RowId caseId() const;
    // Valid until the next row.
    QByteArrayView content() const { return m_content; }
    QByteArrayView links() const { return m_links; }

private:
    bool quoteColumns(QByteArray &out, int first, int count);

    std::unique_ptr<SqliteQuote> m_quote; // null when SQL writes the text
    std::unique_ptr<RowScan> m_scan;
    QString m_sql;
    int m_contentColumns = 0;
    int m_linkColumns = 0;
    QByteArray m_content;
    QByteArray m_links;
    Status m_failure;
};

} // namespace leverage
