#include "core/calls/CallSession.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/calls/CallFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/calls/CallChecklistModel.h"
#include "ui/models/calls/CallPromisesModel.h"
#include "ui/models/calls/LiveCall.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace leverage;
using leverage::models::CallChecklistModel;
using leverage::models::CallPromisesModel;
using leverage::models::LiveCall;

namespace {

class CallModelsTest : public ::testing::Test, protected leverage::testing::CallFixture
{
protected:
    Qt::CheckState checkOf(const QAbstractItemModel &model, CallChecklist::Item item)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const auto at = model.index(row, 0);
            if (at.data(Qt::UserRole + 1).toInt() == int(item))
                return Qt::CheckState(at.data(Qt::CheckStateRole).toInt());
        }
        ADD_FAILURE() << "no such item";
        return Qt::Unchecked;
    }
};

} // namespace

TEST_F(CallModelsTest, ChecklistTicksAsItemsAreCaptured)
{
    LiveCall call(*ws);
    CallChecklistModel checklist(call);
    QAbstractItemModelTester tester(&checklist,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(checklist.rowCount(), CallChecklist::kItemCount);
    ASSERT_TRUE(call.start(theCase.meta.id));
    EXPECT_EQ(checklist.doneCount(), 0);
    QSignalSpy changed(&checklist, &QAbstractItemModel::dataChanged);

    call.addParticipant({0, QStringLiteral("Dana Ruiz"), {}, {}, 0, std::nullopt});
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::PersonName), Qt::Checked);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::Position), Qt::Unchecked);
    EXPECT_EQ(changed.count(), 1); // only the row that changed
    call.setReferenceNumber(QStringLiteral("TCK-1"));
    call.setSupervisorName(QStringLiteral("Lee Park"));
    call.addQuote(QStringLiteral("Policy says no refunds after 30 days"),
                  LiveCall::QuoteKind::PolicyRationale);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::ReferenceNumber), Qt::Checked);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::SupervisorName), Qt::Checked);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::PolicyRationale), Qt::Checked);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::Alternatives), Qt::Unchecked);
    call.addFollowUp(QStringLiteral("Supervisor calls back"),
                     DueWindow::moment(Instant::fromDateTime(ws.clock().now().addDays(1))));
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::CallbackTime), Qt::Checked);
    call.addPromise(QStringLiteral("Refund"), {});
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::ReConfirmed), Qt::Unchecked);
    call.setPromiseConfirmed(0, true);
    EXPECT_EQ(checkOf(checklist, CallChecklist::Item::ReConfirmed), Qt::Checked);
    EXPECT_EQ(checklist.doneCount(), 6);

    ASSERT_TRUE(call.discard());
    EXPECT_EQ(checklist.doneCount(), 0);
}

TEST_F(CallModelsTest, PromisesAreAReadBackListTheUserTicks)
{
    LiveCall call(*ws);
    CallPromisesModel promises(call);
    QAbstractItemModelTester tester(&promises,
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(promises.rowCount(), 0);
    ASSERT_TRUE(call.start(theCase.meta.id, rep.meta.id));
    ws.clock().advance(95);
    const auto line = call.addPromise(QStringLiteral("File the claim"), {});
    EXPECT_EQ(line, QStringLiteral("[01:35] PROMISE: File the claim (by Dana Ruiz)"));
    call.addPromise(QStringLiteral("E-mail the label"), {});
    ASSERT_EQ(promises.rowCount(), 2);
    EXPECT_TRUE(promises.index(0).data().toString().contains(QStringLiteral("Dana Ruiz")));
    EXPECT_EQ(promises.index(1).data(Qt::CheckStateRole).toInt(), Qt::Unchecked);
    ASSERT_TRUE(promises.setData(promises.index(1), Qt::Checked, Qt::CheckStateRole));
    EXPECT_TRUE(call.state().promises[1].confirmed);
    EXPECT_FALSE(call.state().promises[0].confirmed);
    EXPECT_TRUE(promises.flags(promises.index(0)) & Qt::ItemIsUserCheckable);

    auto entryId = call.end(2, {4}, QStringLiteral("Claim to be filed"));
    ASSERT_TRUE(entryId) << entryId.message().toStdString();
    EXPECT_FALSE(call.isLive());
    EXPECT_EQ(promises.rowCount(), 0);
}

TEST_F(CallModelsTest, ParagraphStampsAndHoldFollowTheClock)
{
    LiveCall call(*ws);
    QSignalSpy hold(&call, &LiveCall::holdChanged);
    ASSERT_TRUE(call.start(theCase.meta.id));
    EXPECT_EQ(call.state().notes, QStringLiteral("[00:00] "));
    ws.clock().advance(760);
    EXPECT_EQ(call.paragraphStamp(), QStringLiteral("[12:40] "));
    EXPECT_EQ(call.toggleHold(), QStringLiteral("[12:40] On hold"));
    ws.clock().advance(65);
    EXPECT_EQ(call.holdSeconds(), 65);
    EXPECT_EQ(call.toggleHold(), QStringLiteral("[13:45] Off hold (01:05 on hold in all)"));
    EXPECT_EQ(hold.count(), 3); // started off hold, on, off
    EXPECT_EQ(call.elapsedSeconds(), 825);
}

TEST_F(CallModelsTest, AutosaveIsDebouncedAndNeverFarBehind)
{
    LiveCall call(*ws);
    ASSERT_TRUE(call.start(theCase.meta.id));
    EXPECT_EQ(call.saveCount(), 0);
    QTest::qWait(LiveCall::kAutosaveDelayMs + 300);
    EXPECT_EQ(call.saveCount(), 1); // the start itself

    // Typing for 3.2 s, a key every 50 ms: saves about once per kMaxUnsavedMs, not per
    // keystroke.
    QString notes = call.state().notes;
    QElapsedTimer typing;
    typing.start();
    int keys = 0;
    while (typing.elapsed() < 3200) {
        notes += QLatin1Char('x');
        call.setNotes(notes);
        ++keys;
        QTest::qWait(50);
    }
    const int during = call.saveCount() - 1;
    const int expected = 3200 / LiveCall::kMaxUnsavedMs;
    EXPECT_GE(during, expected - 2) << keys << " keys";
    EXPECT_LE(during, expected + 1) << keys << " keys";
    QTest::qWait(LiveCall::kAutosaveDelayMs + 300);
    EXPECT_FALSE(call.hasUnsavedChanges());
    CallSession session(*ws);
    EXPECT_EQ(session.drafts()->first().notes, notes);
}

TEST_F(CallModelsTest, ACallWhoseCaseIsDeletedMidCallKeepsItsNotes)
{
    LiveCall call(*ws);
    ASSERT_TRUE(call.start(theCase.meta.id));
    call.flush();
    ASSERT_TRUE(ws->cases().remove(theCase.meta.id)); // the draft goes with the case
    CallSession session(*ws);
    EXPECT_TRUE(session.drafts()->isEmpty());
    QSignalSpy saved(&call, &LiveCall::saved);
    call.setNotes(QStringLiteral("[00:00] still talking"));
    call.flush();
    ASSERT_TRUE(saved.count() > 0 || saved.wait(2000));
    auto drafts = session.drafts();
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().notes, QStringLiteral("[00:00] still talking"));
    EXPECT_EQ(drafts->first().caseId, 0);
    EXPECT_EQ(call.state().caseId, 0);
    EXPECT_EQ(call.state().draftId, drafts->first().draftId);
}

TEST_F(CallModelsTest, FilingIsUndoneBackIntoADraftAndRedone)
{
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    LiveCall call(*ws);
    call.setUndoPusher(models::UndoPusher(undo, reporter));
    ASSERT_TRUE(call.start(theCase.meta.id));
    call.addParticipant(
        {0, QStringLiteral("Lee Park"), QStringLiteral("Supervisor"), {}, 0, std::nullopt});
    call.setNotes(QStringLiteral("[00:00] Lee will file it"));
    call.addPromise(QStringLiteral("File the claim"), {});
    call.addFollowUp(QStringLiteral("Expect an e-mail"),
                     DueWindow::moment(Instant::fromDateTime(ws.clock().now().addDays(1))));
    ws.clock().advance(120);
    auto entryId = call.end(3, {4}, QStringLiteral("Claim to be filed"));
    ASSERT_TRUE(entryId);
    ASSERT_EQ(undo.count(), 1);
    CallSession session(*ws);
    auto contactsFiled = ws->contacts().forOrganization(org.meta.id)->size();
    EXPECT_EQ(contactsFiled, 2); // Lee became a contact

    undo.undo();
    EXPECT_TRUE(ws->timeline().forCase(theCase.meta.id)->isEmpty());
    EXPECT_TRUE(ws->commitments().forCase(theCase.meta.id)->isEmpty());
    EXPECT_TRUE(ws->followUps().forCase(theCase.meta.id)->isEmpty());
    EXPECT_EQ(ws->contacts().forOrganization(org.meta.id)->size(), 1);
    auto drafts = session.drafts();
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().notes, QStringLiteral("[00:00] Lee will file it"));
    EXPECT_EQ(drafts->first().promises.size(), 1);

    undo.redo();
    auto entries = ws->timeline().forCase(theCase.meta.id);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->first().durationSeconds, 120);
    EXPECT_EQ(entries->first().summary, QStringLiteral("Claim to be filed"));
    EXPECT_EQ(ws->commitments().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->followUps().forCase(theCase.meta.id)->size(), 1);
    EXPECT_EQ(ws->contacts().forOrganization(org.meta.id)->size(), 2);
    EXPECT_TRUE(session.drafts()->isEmpty());
}
