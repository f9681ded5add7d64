#include "core/store/SealChain.h"
#include "core/domain/Commitment.h"
#include "core/evidence/EvidenceService.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
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

    // Erin Walsh, a contact, now the one the entry was with (a sealed edit): her id.
    RowId erinOnTheEntry()
    {
        Contact erin;
        erin.name = QStringLiteral("Erin Walsh");
        auto entry = ws->timeline().get(entryId);
        if (!ws->contacts().add(erin).isOk() || !entry)
            return 0;
        entry->contactId = erin.meta.id;
        return ws->timeline().update(*entry).isOk() ? erin.meta.id : 0;
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

// Seals of format 2 cover a row's links: the file's entry, the entry's contact.
TEST_F(SealChainTest, ALinkChangedWithSqlite3IsNamed)
{
    TimelineEntry other;
    other.caseId = caseId;
    other.channel = Channel::Email;
    other.occurredAt = Instant::fromDateTime(leverage::testing::testNow());
    other.summary = QStringLiteral("Their e-mail");
    ASSERT_TRUE(ws->timeline().add(other).isOk());
    EXPECT_EQ(ws->seals().history(QStringLiteral("attachments"), attachmentId)->last().format,
              SealChain::kFormat);
    // The receipt moved onto another entry, with the file's own columns untouched.
    tamper(QStringLiteral("UPDATE attachments SET entry_id = %1 WHERE id = %2")
               .arg(other.meta.id)
               .arg(attachmentId));
    auto run = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(run.exitCode, 1) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(QStringLiteral("Attachment %1 was changed outside Leverage: its "
                                                "link (entry) differs from its seal")
                                     .arg(attachmentId)))
        << run.out.toStdString();
    EXPECT_FALSE(run.out.contains(QStringLiteral("Timeline entry"))) << run.out.toStdString();
}

TEST_F(SealChainTest, AContactsLinkClearedBehindTheProgramsBackIsNamed)
{
    const RowId erin = erinOnTheEntry();
    ASSERT_GT(erin, 0);
    EXPECT_TRUE(verify().intact());
    // Nobody removed Erin: the entry's link to her was cleared by hand.
    tamper(
        QStringLiteral("UPDATE timeline_entries SET contact_id = NULL WHERE id = %1").arg(entryId));
    auto run = runLeverage({QStringLiteral("verify"), ws.path()});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(QStringLiteral("Timeline entry %1 was changed outside Leverage: "
                                                "its link (contact)")
                                     .arg(entryId)))
        << run.out.toStdString();
}

TEST_F(SealChainTest, RemovingAContactOrAnEntryAndUndoingItKeepsTheChainIntact)
{
    const RowId erin = erinOnTheEntry();
    ASSERT_GT(erin, 0);
    auto commitment = ws->commitments().get(commitmentId);
    commitment->entryId = entryId;
    commitment->contactId = erin;
    commitment->actorId = erin;
    ASSERT_TRUE(ws->commitments().update(*commitment).isOk());

    // The database clears the links; the program seals the rows again, and again on undo.
    auto contact = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Contact, erin);
    ASSERT_TRUE(contact.isOk()) << contact.message().toStdString();
    EXPECT_EQ(ws->timeline().get(entryId)->contactId, 0);
    EXPECT_EQ(ws->seals().history(QStringLiteral("timeline_entries"), entryId)->last().action,
              QStringLiteral("relink"));
    EXPECT_TRUE(verify().intact());
    ASSERT_TRUE(contact->restore(*ws).isOk());
    EXPECT_EQ(ws->timeline().get(entryId)->contactId, erin);
    EXPECT_TRUE(verify().intact());

    auto removed = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Entry, entryId);
    ASSERT_TRUE(removed.isOk()) << removed.message().toStdString();
    EXPECT_EQ(ws->attachments().get(attachmentId)->entryId, 0);
    EXPECT_TRUE(verify().intact());
    ASSERT_TRUE(removed->restore(*ws).isOk());
    EXPECT_EQ(ws->attachments().get(attachmentId)->entryId, entryId);
    EXPECT_EQ(ws->commitments().get(commitmentId)->entryId, entryId);
    auto report = verify();
    EXPECT_TRUE(report.intact()) << (report.findings.isEmpty()
                                         ? std::string()
                                         : report.findings.first().sentence.toStdString());
}

} // namespace
