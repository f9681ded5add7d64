#include "core/store/SealChain.h"
#include "core/domain/Commitment.h"
#include "core/evidence/EvidenceService.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/SealVerifier.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/LeverageProcess.h"

#include <QProcess>

using namespace leverage;
using leverage::testing::EvidenceFixture;
using leverage::testing::runLeverage;

namespace {

class SealChainTest : public EvidenceFixture
{
protected:
    void SetUp() override
    {
        EvidenceFixture::SetUp();
        Commitment c;
        c.caseId = caseId;
        c.what = QStringLiteral("Refund of $449 within 5 days");
        c.madeAt = Instant::fromDateTime(leverage::testing::testNow());
        ASSERT_TRUE(ws->commitments().add(c).isOk());
        commitmentId = c.meta.id;
        auto attached = EvidenceService::attachFile(
            *ws, caseId, entryId, makeFile(QStringLiteral("receipt.jpg"), 200 * 1024));
        ASSERT_TRUE(attached.isOk());
        attachmentId = attached->meta.id;
    }

    SealVerifier::Report verify(RowId caseFilter = 0)
    {
        auto report = SealVerifier::verify(*ws, caseFilter);
        EXPECT_TRUE(report.isOk()) << report.message().toStdString();
        return report.isOk() ? *report : SealVerifier::Report{};
    }

    // Runs the sqlite3 program on the closed workspace, as someone editing it by hand would.
    void tamper(const QString &sql)
    {
        ws.close();
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {ws.path(), sql});
        ASSERT_TRUE(sqlite.waitForFinished(10000));
        ASSERT_EQ(sqlite.exitCode(), 0) << sqlite.readAllStandardError().toStdString();
    }

    RowId commitmentId = 0;
    RowId attachmentId = 0;
};

TEST_F(SealChainTest, EveryWriteOfAnEntryACommitmentOrAnAttachmentIsSealed)
{
    // entry, commitment, attachment: one seal each, linked one to the next.
    EXPECT_EQ(*ws->seals().count(), 3);
    auto history = ws->seals().history(QStringLiteral("timeline_entries"), entryId);
    ASSERT_EQ(history->size(), 1);
    EXPECT_EQ(history->first().previous, QString());
    auto next = ws->seals().history(QStringLiteral("commitments"), commitmentId);
    EXPECT_EQ(next->first().previous, history->first().seal);
    EXPECT_EQ(*ws->seals().head(),
              ws->seals().history(QStringLiteral("attachments"), attachmentId)->first().seal);
    auto report = verify();
    EXPECT_TRUE(report.intact());
    EXPECT_EQ(report.sealsChecked, 3);
    EXPECT_EQ(report.rowsChecked, 3);
    EXPECT_EQ(report.blobsChecked, 1);
}

TEST_F(SealChainTest, AnEditAddsANewSealedVersionAndKeepsTheOldOneReadable)
{
    auto entry = ws->timeline().get(entryId);
    entry->notes = QStringLiteral("She said: refund within 5 business days.");
    ASSERT_TRUE(ws->timeline().update(*entry).isOk());
    auto history = ws->seals().history(QStringLiteral("timeline_entries"), entryId);
    ASSERT_EQ(history->size(), 2);
    EXPECT_EQ(history->at(0).action, QStringLiteral("insert"));
    EXPECT_EQ(history->at(1).action, QStringLiteral("update"));
    EXPECT_FALSE(history->at(0).content.contains(QStringLiteral("business days")));
    EXPECT_TRUE(history->at(1).content.contains(QStringLiteral("business days")));
    EXPECT_TRUE(verify().intact());
}

TEST_F(SealChainTest, ARemovalIsSealedAndAWholeCaseMayGo)
{
    ASSERT_TRUE(ws->commitments().remove(commitmentId).isOk());
    EXPECT_TRUE(verify().intact());
    ASSERT_TRUE(ws->cases().remove(caseId).isOk());
    EXPECT_TRUE(verify().intact());
}

TEST_F(SealChainTest, ARowEditedWithSqlite3IsNamed)
{
    tamper(QStringLiteral("UPDATE timeline_entries SET summary = 'Never promised anything' "
                          "WHERE id = %1")
               .arg(entryId));
    auto run = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Timeline entry %1 was changed outside Leverage").arg(entryId)))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Commitment"))) << run.out.toStdString();
}

TEST_F(SealChainTest, RowsAddedOrRemovedBehindTheProgramsBackAreNamed)
{
    tamper(QStringLiteral("DELETE FROM commitments WHERE id = %1; INSERT INTO timeline_entries "
                          "(uuid, created_at, updated_at, case_id, channel, occurred_at, "
                          "occurred_offset) VALUES ('x', 0, 0, %2, 'call', 0, 0)")
               .arg(commitmentId)
               .arg(caseId));
    auto run = runLeverage(
        {QStringLiteral("verify"), ws.path(), QStringLiteral("--case"), QString::number(caseId)});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(
        QStringLiteral("Commitment %1 was removed outside Leverage").arg(commitmentId)))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("was added outside Leverage: it has no seal")))
        << run.out.toStdString();
}

TEST_F(SealChainTest, AnAlteredSealOrFileContentIsNamed)
{
    tamper(QStringLiteral("UPDATE seals SET content = replace(content, '449', '49') WHERE "
                          "table_name = 'commitments'; "
                          "UPDATE commitments SET what = replace(what, '449', '49'); "
                          "UPDATE blob_chunks SET data = zeroblob(10)"));
    auto run = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Seal 2 (Commitment %1) was altered outside "
                                                "Leverage")
                                     .arg(commitmentId)))
        << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("The content stored as ")))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Timeline entry"))) << run.out.toStdString();
}

TEST_F(SealChainTest, AnIntactWorkspaceVerifiesWithExitStatusZero)
{
    ws.close();
    auto run = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString() << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(QStringLiteral("Intact: 3 seals, 3 rows, 1 files checked")))
        << run.out.toStdString();
}

} // namespace
