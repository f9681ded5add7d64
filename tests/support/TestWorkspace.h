#pragma once

#include "core/services/Clock.h"
#include "core/store/Workspace.h"

#include <QTemporaryDir>
#include <memory>

namespace leverage::testing {

// A workspace in a fresh temporary folder, with a clock the test sets.
class TestWorkspace
{
public:
    TestWorkspace();
    ~TestWorkspace();

    Workspace &operator*() { return *m_workspace; }
    Workspace *operator->() { return m_workspace.get(); }
    Workspace &get() { return *m_workspace; }
    FixedClock &clock() { return m_clock; }
    QString path() const { return m_path; }
    QString directory() const { return m_dir.path(); }
    // Closes and opens the same file again, as a restart would.
    void reopen();
    void close();

private:
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

// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileChecksum(const QString &path);

} // namespace leverage::testing
