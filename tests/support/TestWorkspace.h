#pragma once

#include "core/services/Clock.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

namespace leverage::testing {

// The two engines a workspace runs on: a file (SQLite) or a team server (PostgreSQL).
enum class Engine
{
    Sqlite,
    Postgres
};
// For value-parameterised suites: INSTANTIATE_TEST_SUITE_P(Engines, Suite, kEngines,
// engineName) runs each test on both engines.
inline const auto kEngines = ::testing::Values(Engine::Sqlite, Engine::Postgres);
std::string engineName(const ::testing::TestParamInfo<Engine> &info);
inline void PrintTo(Engine engine, std::ostream *os)
{
    *os << (engine == Engine::Postgres ? "PostgreSQL" : "SQLite");
}
// The engine the running test was instantiated with (a test of a suite parameterised over
// kEngines), else SQLite: a fixture's TestWorkspace follows it without being told.
Engine currentTestEngine();

// A workspace in a fresh temporary folder, with a clock the test sets; on PostgreSQL, a
// database of its own on the test binary's one throw-away server (a failure to start it
// fails the test).
class TestWorkspace
{
public:
    explicit TestWorkspace(Engine engine = currentTestEngine());
    ~TestWorkspace();

    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace &get() { return *m_workspace; }
    FixedClock &clock() { return m_clock; }
    // The file, or the team workspace's address.
    QString path() const { return m_path; }
    Engine engine() const { return m_engine; }
    QString directory() const { return m_dir.path(); }
    // Closes and opens the same file again, as a restart would.
    void reopen();
    void close();

private:
    Engine m_engine;
    ServerAddress m_address;
    QTemporaryDir m_dir;
    QString m_path;
    FixedClock m_clock;
    std::unique_ptr<Workspace> m_workspace;
};

// 2026-03-02 09:00 at UTC-05:00, a Monday: the default "now" of tests.
QDateTime testNow();

// The case whose title starts with `start` (a test failure, and 0, when there is none).
RowId caseTitledIn(Workspace &workspace, const QString &start);

// Renames a table behind the store's back, so that every read of it fails as it would on a
// damaged file; showTable puts it back (a Retry then succeeds). Raw SQL in a test only: the
// program never does this.
void hideTable(Workspace &workspace, const QString &table);
void showTable(Workspace &workspace, const QString &table);

// Makes every insert into `table` fail as a database refusal would, on either engine (a
// temporary trigger on SQLite, a trigger function on PostgreSQL). Raw SQL in a test only.
void refuseInserts(Workspace &workspace, const QString &table);

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileChecksum(const QString &path);

} // namespace leverage::testing
