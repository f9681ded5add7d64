// Kills a process mid-call with SIGKILL, at random moments, and checks what the next start
// recovers: the draft with every committed save, an intact file, and the resume offer.
#include "tests/calls/CallFixture.h"
#include "core/calls/CallSession.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>
#include <csignal>
#include <sys/types.h>

using namespace leverage;

namespace {

struct Reported
{
    RowId draftId = 0;
    int saves = 0;
    qint64 notesLength = 0;
};

// Reads whole lines the writer printed so far.
void readReports(QProcess &process, QByteArray &buffer, Reported &reported)
{
    buffer += process.readAllStandardOutput();
    qsizetype newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
        const auto line = QString::fromUtf8(buffer.left(newline)).split(QLatin1Char(' '));
        buffer.remove(0, newline + 1);
        if (line.size() == 2 && line[0] == QLatin1String("draft"))
            reported.draftId = line[1].toLongLong();
        else if (line.size() == 3 && line[0] == QLatin1String("saved")) {
            reported.saves = line[1].toInt();
            reported.notesLength = line[2].toLongLong();
        }
    }
}

} // namespace

TEST(CrashRecoveryTest, AKilledCallIsOfferedBackWithEveryCommittedSave)
{
    leverage::testing::CallFixture fixture;
    const auto caseId = fixture.theCase.meta.id;
    const auto path = fixture.ws.path();
    auto *random = QRandomGenerator::global();
    constexpr int kRounds = 6;
    QList<RowId> draftIds;

    for (int round = 0; round < kRounds; ++round) {
        fixture.ws.close(); // the writer takes the workspace's lock
        QProcess writer;
        // Every other round saves through the background writer thread, as the app does.
        writer.start(QStringLiteral(CALL_WRITER),
                     {path, QString::number(caseId),
                      round % 2 ? QStringLiteral("background") : QStringLiteral("direct")});
        ASSERT_TRUE(writer.waitForStarted(5000));
        const int target = 5 + int(random->bounded(60));
        Reported reported;
        QByteArray buffer;
        while (reported.saves < target) {
            ASSERT_TRUE(writer.waitForReadyRead(10000))
                << "writer stopped: " << writer.readAllStandardError().toStdString();
            readReports(writer, buffer, reported);
        }
        // A random moment after that save: often in the middle of the next transaction.
        QThread::usleep(random->bounded(20000));
        ASSERT_EQ(::kill(pid_t(writer.processId()), SIGKILL), 0);
        ASSERT_TRUE(writer.waitForFinished(5000));
        EXPECT_EQ(writer.exitStatus(), QProcess::CrashExit);
        readReports(writer, buffer, reported); // lines printed before the kill

        fixture.ws.reopen();
        QSqlQuery check(fixture.ws->database());
        ASSERT_TRUE(check.exec(QStringLiteral("PRAGMA integrity_check")));
        ASSERT_TRUE(check.next());
        EXPECT_EQ(check.value(0).toString(), QStringLiteral("ok")) << "round " << round;

        CallSession session(*fixture.ws);
        auto drafts = session.drafts();
        ASSERT_TRUE(drafts);
        draftIds << reported.draftId;
        ASSERT_EQ(drafts->size(), draftIds.size()) << "round " << round;
        const CallState *mine = nullptr;
        for (const auto &draft : *drafts)
            if (draft.draftId == reported.draftId)
                mine = &draft;
        ASSERT_NE(mine, nullptr);
        EXPECT_EQ(mine->caseId, caseId);
        EXPECT_GE(mine->notes.size(), reported.notesLength)
            << "round " << round << ": " << reported.saves << " saves reported";
        EXPECT_TRUE(mine->notes.startsWith(QStringLiteral("[00:01] line 1:")));
        // Every save is whole: the notes end with a complete line.
        EXPECT_TRUE(mine->notes.endsWith(QLatin1Char('\n')));
    }
}
