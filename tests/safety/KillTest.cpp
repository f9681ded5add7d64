// Kill test: a child process (kill_workload) adds, edits and undoes timeline entries, imports
// vCards and types a call, and is killed with SIGKILL at a random moment. After each kill every
// write it reported committed is there whole, the one under way is all there or not at all,
// integrity_check is ok, and the call being typed lost at most its last second.
// LEVERAGE_KILL_RUNS sets the number of kills (10 in ctest; 200 by hand).
#include "core/calls/CallSession.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <optional>

using namespace leverage;

namespace {

struct Reported
{
    QHash<RowId, int> entries;          // committed: id → notes length
    std::optional<QStringList> pending; // the write begun and not reported done
    int contacts = 0;
    QList<QPair<int, qint64>> typed; // length, when
};

Reported readLines(const QByteArray &output)
{
    Reported run;
    for (const QByteArray &raw : output.split('\n')) {
        const QStringList words = QString::fromUtf8(raw).split(QLatin1Char(' '));
        const QString &what = words.first();
        if (what == QLatin1String("typed") && words.size() == 3) {
            run.typed.append({words[1].toInt(), words[2].toLongLong()});
        } else if (what == QLatin1String("begin")) {
            run.pending = words.mid(1);
        } else if (what == QLatin1String("done") && words.size() >= 3) {
            run.pending.reset();
            if (words[1] == QLatin1String("add") || words[1] == QLatin1String("edit"))
                run.entries[words[2].toLongLong()] = words[3].toInt();
            else if (words[1] == QLatin1String("undo"))
                run.entries.remove(words[2].toLongLong());
            else if (words[1] == QLatin1String("import"))
                run.contacts = words[2].toInt();
        }
    }
    return run;
}

qint64 scalar(Workspace &workspace, const QString &sql)
{
    QSqlQuery query(workspace.database());
    EXPECT_TRUE(query.exec(sql) && query.next()) << sql.toStdString();
    return query.value(0).toLongLong();
}

} // namespace

TEST(KillTest, EveryCommittedWriteSurvivesASigkillWholeAndTheCallLosesAtMostASecond)
{
    const int runs = qEnvironmentVariableIsSet("LEVERAGE_KILL_RUNS")
                         ? qEnvironmentVariableIntValue("LEVERAGE_KILL_RUNS")
                         : 10;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int writes = 0;
    qint64 worstLossMs = 0;
    int pendingFound = 0;
    for (int i = 0; i < runs; ++i) {
        SCOPED_TRACE(i);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kill.leverage"));
        RowId caseId = 0;
        {
            FixedClock clock{leverage::testing::testNow()};
            auto opened = Workspace::open(path, clock);
            ASSERT_TRUE(opened);
            Case c;
            c.title = QStringLiteral("The case under way");
            ASSERT_TRUE((*opened)->cases().add(c));
            caseId = c.meta.id;
        }
        QProcess child;
        child.start(QStringLiteral(KILL_WORKLOAD),
                    {path, QString::number(caseId), QString::number(random.generate())});
        ASSERT_TRUE(child.waitForStarted());
        QByteArray output;
        while (!output.contains("ready") && child.waitForReadyRead(10000))
            output += child.readAllStandardOutput();
        ASSERT_TRUE(output.contains("ready")) << child.readAllStandardError().toStdString();
        QElapsedTimer timer;
        timer.start();
        const qint64 lifetime = random.bounded(300, 3000);
        while (timer.elapsed() < lifetime) {
            child.waitForReadyRead(int(lifetime - timer.elapsed()));
            output += child.readAllStandardOutput();
        }
        const qint64 killedAt = QDateTime::currentMSecsSinceEpoch();
        child.kill(); // SIGKILL
        ASSERT_TRUE(child.waitForFinished(10000));
        output += child.readAllStandardOutput();
        const Reported run = readLines(output);
        ASSERT_FALSE(run.typed.isEmpty());

        FixedClock clock{leverage::testing::testNow()};
        auto opened = Workspace::open(path, clock);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        Workspace &ws = **opened;
        EXPECT_EQ(scalar(ws, QStringLiteral("SELECT count(*) FROM pragma_integrity_check "
                                            "WHERE integrity_check <> 'ok'")),
                  0);
        // Every committed entry whole; the pending write (if any) all there or not at all.
        const auto stored = ws.timeline().forCase(caseId);
        ASSERT_TRUE(stored);
        QHash<RowId, int> found;
        for (const auto &entry : *stored)
            found[entry.meta.id] = int(entry.notes.size());
        const QString pendingKind = run.pending ? run.pending->value(0) : QString();
        for (auto it = run.entries.cbegin(); it != run.entries.cend(); ++it) {
            const bool touched = run.pending && run.pending->value(1).toLongLong() == it.key();
            if (touched && pendingKind == QLatin1String("undo") && !found.contains(it.key()))
                continue; // the undo committed before the kill
            ASSERT_TRUE(found.contains(it.key())) << "entry " << it.key() << " lost";
            const bool asBefore = found[it.key()] == it.value();
            const bool asEdited = touched && pendingKind == QLatin1String("edit") &&
                                  found[it.key()] == run.pending->value(2).toInt();
            EXPECT_TRUE(asBefore || asEdited) << "entry " << it.key() << " half-written";
        }
        const int extra = int(found.size()) - int(run.entries.size());
        EXPECT_TRUE(extra == 0 || (extra == 1 && pendingKind == QLatin1String("add")) ||
                    (extra == -1 && pendingKind == QLatin1String("undo")))
            << extra << " entries more than reported";
        const qint64 contacts = scalar(ws, QStringLiteral("SELECT count(*) FROM contacts"));
        EXPECT_TRUE(contacts == run.contacts ||
                    (pendingKind == QLatin1String("import") &&
                     contacts == run.contacts + run.pending->value(1).toInt()))
            << contacts << " contacts, " << run.contacts << " reported: an import half-written";
        if (run.pending && found.size() != run.entries.size())
            ++pendingFound;
        writes += int(run.entries.size()) + run.contacts / 20;

        // The call: everything typed up to a second before the kill is in its draft.
        const auto drafts = CallSession(ws).drafts();
        ASSERT_TRUE(drafts);
        ASSERT_EQ(drafts->size(), 1);
        const int saved = int(drafts->first().notes.size());
        int mustHave = 0;
        qint64 lostSince = killedAt;
        for (const auto &[length, when] : run.typed) {
            if (when <= killedAt - 1000)
                mustHave = qMax(mustHave, length);
            if (length > saved)
                lostSince = qMin(lostSince, when);
        }
        EXPECT_GE(saved, mustHave) << "the call lost more than its last second";
        worstLossMs = qMax(worstLossMs, killedAt - lostSince);
    }
    std::printf("%d kills, %d writes checked, %d pending writes found committed, the call lost "
                "at most %lld ms of typing\n",
                runs, writes, pendingFound, static_cast<long long>(worstLossMs));
}
