#include "core/store/SealedRowScan.h"

#include "core/store/RowScan.h"
#include "core/store/SealChain.h"
#include "core/store/SqliteHandle.h"
#include "core/store/SqliteQuote.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"

namespace leverage {

SealedRowScan::SealedRowScan(Workspace &workspace, const QString &table, RowId caseId)
{
    const QStringList content = SealChain::sealedColumns(table);
    const QStringList links = SealChain::linkColumns(table);
    m_contentColumns = int(content.size());
    m_linkColumns = int(links.size());
    if (sqlite3 *handle = sqliteHandle(workspace.database(), workspace.dialect())) {
        m_quote = std::make_unique<SqliteQuote>(handle);
        if (!m_quote->usable())
            m_quote.reset();
    }
    // The same columns as SealChain::contentSelect: id, case, then the text (SQL's or ours).
    m_sql = m_quote ? QStringLiteral("SELECT id, case_id, %1, %2 FROM %3")
                          .arg(content.join(QStringLiteral(", ")), links.join(QStringLiteral(", ")),
                               table)
                    : workspace.seals().contentSelect(table);
    if (caseId > 0)
        m_sql += QStringLiteral(" WHERE case_id = ?");
    m_scan = std::make_unique<RowScan>(workspace.database(), workspace.dialect(), m_sql);
    if (caseId > 0)
        m_scan->bind(0, caseId);
}

SealedRowScan::~SealedRowScan() = default;

Status SealedRowScan::start()
{
    return m_scan->start();
}

bool SealedRowScan::next()
{
    if (!m_scan->next())
        return false;
    if (!m_quote) {
        m_content = m_scan->utf8(3);
        m_links = m_scan->utf8(4);
        return true;
    }
    m_content.resize(0); // keeps the allocation for the next row
    m_links.resize(0);
    if (quoteColumns(m_content, 2, m_contentColumns) &&
        quoteColumns(m_links, 2 + m_contentColumns, m_linkColumns))
        return true;
    m_failure = Statement::failure(QStringLiteral("quote() failed"), QString(), m_sql);
    return false;
}

bool SealedRowScan::quoteColumns(QByteArray &out, int first, int count)
{
    SqliteQuote &quote = *m_quote;
    sqlite3_stmt *row = m_scan->native();
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append('|');
        if (!quote.append(out, row, first + i))
            return false;
    }
    return true;
}

Status SealedRowScan::finish() const
{
    if (!m_failure)
        return m_failure;
    return m_scan->finish();
}

RowId SealedRowScan::id() const
{
    return m_scan->integer(0);
}

RowId SealedRowScan::caseId() const
{
    return m_scan->integer(1);
}

} // namespace leverage
