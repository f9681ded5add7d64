#include "ui/models/commitments/CommitmentListModel.h"
#include "ui/models/common/ModelRoles.h"
#include "tests/models/Seed.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::CommitmentListModel;
using leverage::testing::Seed;
using leverage::testing::TestWorkspace;

namespace {

class CommitmentListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        complaint = Seed::caseRow(ws.get(), QStringLiteral("Dishwasher"));
        other = Seed::caseRow(ws.get(), QStringLiteral("Other"));
        refund = Seed::commitment(ws.get(), complaint.meta.id, QStringLiteral("Refund in 5 days"),
                                  -60 * 24 * 7);
        callback = Seed::commitment(ws.get(), complaint.meta.id, QStringLiteral("Call back"), 60);
    }

    QStringList whats(const CommitmentListModel &model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row, CommitmentListModel::WhatColumn).data().toString();
        return result;
    }
    QString status(const CommitmentListModel &model, RowId id)
    {
        return model.index(model.rowOfCommitment(id), CommitmentListModel::StatusColumn)
            .data()
            .toString();
    }

    TestWorkspace ws;
    Case complaint, other;
    Commitment refund, callback;
};

} // namespace

TEST_F(CommitmentListModelTest, ListsACasesPromisesInTheOrderMadeAndFollowsChanges)
{
    CommitmentListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setCaseId(complaint.meta.id);
    EXPECT_EQ(whats(model), (QStringList{"Refund in 5 days", "Call back"}));

    auto middle = Seed::commitment(ws.get(), complaint.meta.id, QStringLiteral("Escalate"), 0);
    Seed::commitment(ws.get(), other.meta.id, QStringLiteral("Not ours"), 1);
    EXPECT_EQ(whats(model), (QStringList{"Refund in 5 days", "Escalate", "Call back"}));

    middle.what = QStringLiteral("Escalate to a manager");
    ASSERT_TRUE(ws->commitments().update(middle));
    EXPECT_EQ(model.index(1, CommitmentListModel::WhatColumn).data().toString(),
              QStringLiteral("Escalate to a manager"));
    middle.madeAt = Instant::fromUtcMs(callback.madeAt.utcMs + 1, 0);
    ASSERT_TRUE(ws->commitments().update(middle));
    EXPECT_EQ(whats(model).last(), QStringLiteral("Escalate to a manager"));
    middle.caseId = other.meta.id;
    ASSERT_TRUE(ws->commitments().update(middle));
    EXPECT_EQ(model.rowCount(), 2) << "moved to another case";

    ASSERT_TRUE(ws->commitments().remove(callback.meta.id));
    EXPECT_EQ(whats(model), QStringList{"Refund in 5 days"});
    EXPECT_EQ(model.index(0, 0).data(models::IdRole).value<RowId>(), refund.meta.id);
    ASSERT_TRUE(ws->cases().remove(complaint.meta.id));
    EXPECT_EQ(model.caseId(), 0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(CommitmentListModelTest, BrokenAndOverduePromisesAreFlaggedInWords)
{
    CommitmentListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCaseId(complaint.meta.id);
    // The refund was due six days ago and is still pending; the callback is due tomorrow.
    EXPECT_EQ(
        status(model, refund.meta.id),
        QStringLiteral("⚠ %1, overdue").arg(commitmentStatusLabel(CommitmentStatus::Pending)));
    EXPECT_EQ(status(model, callback.meta.id), commitmentStatusLabel(CommitmentStatus::Pending));
    ASSERT_TRUE(ws->commitments().setStatus(refund.meta.id, CommitmentStatus::Broken,
                                            QStringLiteral("No refund on the statement")));
    EXPECT_EQ(status(model, refund.meta.id),
              QStringLiteral("⚠ %1").arg(commitmentStatusLabel(CommitmentStatus::Broken)));
    const auto row = model.rowOfCommitment(refund.meta.id);
    EXPECT_EQ(model.index(row, CommitmentListModel::StatusColumn).data(Qt::ToolTipRole).toString(),
              QStringLiteral("No refund on the statement"));
    EXPECT_FALSE(
        model.index(row, CommitmentListModel::StatusChangedColumn).data().toString().isEmpty());
    ASSERT_TRUE(ws->commitments().setStatus(callback.meta.id, CommitmentStatus::Kept, {}));
    EXPECT_EQ(status(model, callback.meta.id), commitmentStatusLabel(CommitmentStatus::Kept));
}
