#include "tests/support/TestWorkspace.h"

#include "core/store/CaseRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <gtest/gtest.h>

namespace leverage::testing {

namespace {
void renameTable(Workspace &workspace, const QString &from, const QString &to)
{
    QSqlQuery query(workspace.database());
    if (!query.exec(QStringLiteral("ALTER TABLE %1 RENAME TO %2").arg(from, to)))
        ADD_FAILURE() << "renaming " << from.toStdString()
                      << " failed: " << query.lastError().text().toStdString();
}
} // namespace

void hideTable(Workspace &workspace, const QString &table)
{
    renameTable(workspace, table, table + QStringLiteral("_hidden"));
}

void showTable(Workspace &workspace, const QString &table)
{
    renameTable(workspace, table + QStringLiteral("_hidden"), table);
}

QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600);
}

RowId caseTitledIn(Workspace &workspace, const QString &start)
{
    auto cases = workspace.cases().page(CaseQuery{}, 0, 1000);
    EXPECT_TRUE(cases);
    if (cases)
        for (const auto &summary : *cases)
            if (summary.caseData.title.startsWith(start))
                return summary.caseData.meta.id;
    ADD_FAILURE() << "no case titled " << start.toStdString();
    return 0;
}

TestWorkspace::TestWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.leverage"))), m_clock(testNow())
{
    reopen();
}

TestWorkspace::~TestWorkspace() = default;

void TestWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = Workspace::open(m_path, m_clock);
    if (!opened)
        ADD_FAILURE() << "opening the test workspace failed: " << opened.message().toStdString();
    else
        m_workspace = std::move(*opened);
}

void TestWorkspace::close()
{
    m_workspace.reset();
}

QByteArray fileChecksum(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace leverage::testing
