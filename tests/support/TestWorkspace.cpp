#include "tests/support/TestWorkspace.h"

#include "core/store/CaseRepository.h"
#include "tests/support/PostgresServer.h"

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

void refuseInserts(Workspace &workspace, const QString &table)
{
    QStringList statements;
    if (workspace.isTeamWorkspace())
        statements << QStringLiteral("CREATE OR REPLACE FUNCTION test_refuse() RETURNS trigger "
                                     "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by "
                                     "the test'; END $$")
                   << QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE INSERT ON %1 FOR EACH ROW "
                                     "EXECUTE FUNCTION test_refuse()")
                          .arg(table);
    else
        statements << QStringLiteral("CREATE TEMP TRIGGER refuse_%1 BEFORE INSERT ON %1 BEGIN "
                                     "SELECT RAISE(ABORT, 'refused by the test'); END")
                          .arg(table);
    for (const auto &sql : statements) {
        QSqlQuery query(workspace.database());
        if (!query.exec(sql))
            ADD_FAILURE() << "refusing inserts into " << table.toStdString()
                          << " failed: " << query.lastError().text().toStdString();
    }
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

std::string engineName(const ::testing::TestParamInfo<Engine> &info)
{
    return info.param == Engine::Postgres ? "PostgreSQL" : "SQLite";
}

Engine currentTestEngine()
{
    const auto *test = ::testing::UnitTest::GetInstance()->current_test_info();
    const char *param = test ? test->value_param() : nullptr;
    return param && std::string_view(param) == "PostgreSQL" ? Engine::Postgres : Engine::Sqlite;
}

TestWorkspace::TestWorkspace(Engine engine)
    : m_engine(engine), m_path(m_dir.filePath(QStringLiteral("test.leverage"))), m_clock(testNow())
{
    if (m_engine == Engine::Postgres) {
        auto &server = PostgresServer::instance();
        m_address = server.newWorkspaceDatabase();
        if (!server.isRunning()) {
            ADD_FAILURE() << "the PostgreSQL test server is not available: "
                          << server.error().toStdString();
            return;
        }
        m_path = m_address.displayUrl();
    }
    reopen();
}

TestWorkspace::~TestWorkspace() = default;

void TestWorkspace::reopen()
{
    m_workspace.reset();
    auto opened = m_engine == Engine::Postgres ? Workspace::openServer(m_address, m_clock)
                                               : Workspace::open(m_path, m_clock);
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
