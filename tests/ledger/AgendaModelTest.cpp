#include "ui/models/ledger/AgendaModel.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/ledger/LedgerEditor.h"
#include "ui/models/common/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QUndoStack>

using namespace leverage;
using namespace leverage::models;
using leverage::testing::LedgerFixture;

namespace {

class AgendaModelTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        org = addOrganization(QStringLiteral("Northwind"));
        dana = addContact(QStringLiteral("Dana"), org);
        caseId = addCase(QStringLiteral("Dishwasher"), org);
        late = addFollowUp(caseId, QStringLiteral("Call the depot"), inHours(-2), dana);
        today = addFollowUp(caseId, QStringLiteral("Expect callback"), inHours(4));
        week = addFollowUp(caseId, QStringLiteral("Send letter"), inHours(50));
    }
    QList<RowId> bucketIds(const AgendaModel &model, int bucket)
    {
        QList<RowId> out;
        const auto parent = model.index(bucket, 0);
        for (int row = 0; row < model.rowCount(parent); ++row)
            out << model.index(row, 0, parent).data(IdRole).value<RowId>();
        return out;
    }

    RowId org = 0, dana = 0, caseId = 0, late = 0, today = 0, week = 0;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
};

} // namespace

TEST_F(AgendaModelTest, BucketsHoldTheirFollowUps)
{
    AgendaModel model(ws.get());
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 5); // overdue, due now, today, this week, later
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Overdue (1)"));
    EXPECT_TRUE(model.index(0, 0).data(IsBucketRole).toBool());
    EXPECT_EQ(bucketIds(model, 0), QList<RowId>{late});
    EXPECT_TRUE(bucketIds(model, 1).isEmpty()); // no window is open
    EXPECT_EQ(bucketIds(model, 2), QList<RowId>{today});
    EXPECT_EQ(bucketIds(model, 3), QList<RowId>{week});
    EXPECT_TRUE(bucketIds(model, 4).isEmpty());
    const auto lateIndex = model.indexOf(late);
    EXPECT_EQ(lateIndex.parent(), model.index(0, 0));
    EXPECT_EQ(model.index(lateIndex.row(), AgendaModel::CaseTitle, lateIndex.parent()).data(),
              QStringLiteral("Dishwasher"));
    EXPECT_EQ(model.index(lateIndex.row(), AgendaModel::With, lateIndex.parent()).data(),
              QStringLiteral("Dana"));
    EXPECT_FALSE(model.flags(model.index(0, 0)) & Qt::ItemIsSelectable);
}

TEST_F(AgendaModelTest, ReadsNothingUntilLoadedAndThenShowsWhatChangedMeanwhile)
{
    AgendaModel model(ws.get());
    EXPECT_FALSE(model.isLoaded());
    const auto added = addFollowUp(caseId, QStringLiteral("Ombudsman"), inHours(24 * 30));
    model.reloadIfLoaded(); // what the clock's tick does: nothing before the first load
    EXPECT_FALSE(model.isLoaded());
    EXPECT_FALSE(model.indexOf(late).isValid());
    model.ensureLoaded();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(bucketIds(model, 0), QList<RowId>{late});
    EXPECT_EQ(bucketIds(model, 4), QList<RowId>{added});
}

TEST_F(AgendaModelTest, DoneAndSnoozeMoveRowsAndUndoBringsThemBack)
{
    AgendaModel model(ws.get());
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LedgerEditor editor(ws.get(), stack, reporter);

    ASSERT_TRUE(editor.markFollowUpDone(today));
    EXPECT_TRUE(bucketIds(model, 2).isEmpty());
    EXPECT_FALSE(model.indexOf(today).isValid());
    EXPECT_EQ(ws->followUps().get(today)->doneAt.utcMs, now().toMSecsSinceEpoch());

    // Snoozed an hour: still overdue? No: it is due in an hour, today.
    ASSERT_TRUE(editor.snoozeFollowUp(late, now().addSecs(3600)));
    EXPECT_EQ(bucketIds(model, 2), QList<RowId>{late});
    const auto snoozed = model.indexOf(late);
    EXPECT_TRUE(model.index(snoozed.row(), AgendaModel::Due, snoozed.parent())
                    .data()
                    .toString()
                    .contains(QStringLiteral("snoozed")));

    ASSERT_EQ(stack.count(), 2);
    stack.undo();
    EXPECT_EQ(bucketIds(model, 0), QList<RowId>{late});
    stack.undo();
    EXPECT_EQ(bucketIds(model, 2), QList<RowId>{today});
    EXPECT_FALSE(ws->followUps().get(today)->isDone());
    stack.redo();
    EXPECT_TRUE(ws->followUps().get(today)->isDone());
}

TEST_F(AgendaModelTest, AddedFollowUpsAppearAndUndoRemovesThem)
{
    AgendaModel model(ws.get());
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    LedgerEditor editor(ws.get(), stack, reporter);
    FollowUp f;
    f.caseId = caseId;
    f.what = QStringLiteral("Ombudsman");
    f.dueAt = inHours(24 * 30);
    ASSERT_TRUE(editor.addFollowUp(f));
    ASSERT_GT(f.meta.id, 0);
    EXPECT_EQ(bucketIds(model, 4), QList<RowId>{f.meta.id});
    stack.undo();
    EXPECT_TRUE(bucketIds(model, 4).isEmpty());
    stack.redo();
    EXPECT_EQ(bucketIds(model, 4), QList<RowId>{f.meta.id}); // the same row again

    FollowUp empty;
    empty.caseId = caseId;
    EXPECT_FALSE(editor.addFollowUp(empty));
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(AgendaModelTest, AFailedReadSaysSoInsteadOfEmptyBuckets)
{
    AgendaModel model(ws.get());
    leverage::testing::RecordingErrorReporter reporter;
    model.setErrorReporter(&reporter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    leverage::testing::hideTable(ws.get(), QStringLiteral("follow_ups"));
    model.ensureLoaded();
    EXPECT_TRUE(model.loadFailed());
    for (int bucket = 0; bucket < model.rowCount(); ++bucket)
        EXPECT_TRUE(bucketIds(model, bucket).isEmpty());
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(
        reporter.messages().at(0).startsWith(QStringLiteral("Could not read the follow-ups: ")))
        << reporter.messages().at(0).toStdString();
    // A follow-up change while still failing is followed (it may be the cure) but not repeated.
    model.reloadIfLoaded();
    EXPECT_EQ(reporter.messages().size(), 1);

    leverage::testing::showTable(ws.get(), QStringLiteral("follow_ups"));
    model.reloadIfLoaded();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(bucketIds(model, 0), QList<RowId>{late});
}
