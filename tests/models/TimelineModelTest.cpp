#include "ui/models/timeline/TimelineModel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "tests/models/Seed.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::TimelineModel;
using leverage::testing::Seed;
using leverage::testing::TestWorkspace;

namespace {

class TimelineModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        complaint = Seed::caseRow(ws.get(), QStringLiteral("Refund never arrived"));
        other = Seed::caseRow(ws.get(), QStringLiteral("Another case"));
        WriteTransaction batch(ws.get());
        for (int i = 0; i < 450; ++i)
            ids << Seed::entry(ws.get(), complaint.meta.id, 10 * i,
                               QStringLiteral("Call %1").arg(i))
                       .meta.id;
        ASSERT_TRUE(batch.commit());
    }

    void expectPrefixOfStore(const TimelineModel &model)
    {
        auto page = ws->timeline().page(model.caseId(), model.newestFirst(), 0, model.rowCount());
        ASSERT_TRUE(page);
        ASSERT_EQ(page->size(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            ASSERT_EQ(model.entryAt(row), page->at(row)) << "row " << row;
        EXPECT_EQ(model.totalCount(), *ws->timeline().count(model.caseId()));
    }

    // Adds, moves in time (inside, out of and into the loaded rows), edits in place, removes.
    void runEdits(TimelineModel &model, bool partial)
    {
        auto early = Seed::entry(ws.get(), complaint.meta.id, 5, QStringLiteral("Early"));
        EXPECT_EQ(model.rowOfEntry(early.meta.id), 1);
        if (partial) {
            EXPECT_EQ(model.rowCount(), 201);
        }
        Seed::entry(ws.get(), other.meta.id, 1, QStringLiteral("Elsewhere"));
        EXPECT_EQ(model.totalCount(), 451) << "another case's entry is not ours";
        auto late = Seed::entry(ws.get(), complaint.meta.id, 100'000, QStringLiteral("Late"));
        if (partial) {
            EXPECT_EQ(model.rowOfEntry(late.meta.id), -1);
        }
        expectPrefixOfStore(model);

        auto moved = *ws->timeline().get(ids.at(3));
        moved.occurredAt = Instant::fromUtcMs(moved.occurredAt.utcMs + 60'000 * 1000, 0);
        ASSERT_TRUE(ws->timeline().update(moved));
        expectPrefixOfStore(model);
        moved.occurredAt = Instant::fromUtcMs(moved.occurredAt.utcMs + 60'000 * 1'000'000LL, 0);
        ASSERT_TRUE(ws->timeline().update(moved));
        expectPrefixOfStore(model);
        late.occurredAt = Instant::fromUtcMs(0, 0);
        ASSERT_TRUE(ws->timeline().update(late));
        EXPECT_EQ(model.rowOfEntry(late.meta.id), 0);
        expectPrefixOfStore(model);

        auto failed = *ws->timeline().get(ids.at(1));
        failed.serviceFailure = true;
        ASSERT_TRUE(ws->timeline().update(failed));
        const auto row = model.rowOfEntry(failed.meta.id);
        EXPECT_TRUE(model.index(row, TimelineModel::SummaryColumn)
                        .data()
                        .toString()
                        .startsWith(QStringLiteral("⚠")));

        ASSERT_TRUE(ws->timeline().remove(ids.at(2)));
        EXPECT_EQ(model.rowOfEntry(ids.at(2)), -1);
        expectPrefixOfStore(model);
        while (model.canFetchMore({}))
            model.fetchMore({});
        EXPECT_EQ(model.rowCount(), 451);
        expectPrefixOfStore(model);
    }

    TestWorkspace ws;
    Case complaint, other;
    QList<RowId> ids;
};

} // namespace

TEST_F(TimelineModelTest, PagesThroughACaseOldestOrNewestFirst)
{
    TimelineModel model(ws.get());
    EXPECT_EQ(model.rowCount(), 0) << "no case yet";
    model.setCaseId(complaint.meta.id);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_EQ(model.entryAt(0).meta.id, ids.first());
    model.fetchMore({});
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    model.setNewestFirst(true);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.entryAt(0).meta.id, ids.last());
    expectPrefixOfStore(model);
    model.setCaseId(0);
    EXPECT_EQ(model.rowCount(), 0);
}

TEST_F(TimelineModelTest, KeepsTheLoadedPrefixExactThroughEdits)
{
    TimelineModel model(ws.get());
    model.setCaseId(complaint.meta.id);
    runEdits(model, true);
}

TEST_F(TimelineModelTest, PassesTheTesterWhileEditedAndFetched)
{
    TimelineModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    model.setCaseId(complaint.meta.id);
    runEdits(model, false);
    model.setNewestFirst(true);
    Seed::entry(ws.get(), complaint.meta.id, 10'000'000, QStringLiteral("Newest"));
    EXPECT_EQ(model.entryAt(0).summary, QStringLiteral("Newest"));
    expectPrefixOfStore(model);
}

TEST_F(TimelineModelTest, ShowsPeopleMinutesAndFailuresInWords)
{
    TimelineModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCaseId(complaint.meta.id);
    const auto first = model.entryAt(0);
    const auto cell = [&model](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    EXPECT_EQ(cell(TimelineModel::PersonColumn).toString(), QStringLiteral("Dana, Agent"));
    EXPECT_EQ(cell(TimelineModel::DurationColumn).toString(), QStringLiteral("12 min"));
    EXPECT_EQ(cell(TimelineModel::HoldColumn).toString(), QStringLiteral("5 min"));
    EXPECT_EQ(cell(TimelineModel::EffortColumn).toString(), QStringLiteral("3"));
    EXPECT_EQ(cell(TimelineModel::ChannelColumn).toString(), channelLabel(Channel::Call));
    EXPECT_EQ(cell(TimelineModel::WhenColumn).toString(), models::shortDateTime(first.occurredAt));
    EXPECT_EQ(cell(TimelineModel::SummaryColumn).toString(), QStringLiteral("Call 0"));
    EXPECT_FALSE(cell(TimelineModel::SummaryColumn, Qt::ToolTipRole).isValid());
    EXPECT_EQ(cell(TimelineModel::SummaryColumn, models::IdRole).value<RowId>(), ids.first());
    EXPECT_EQ(cell(TimelineModel::SummaryColumn, models::CaseIdRole).value<RowId>(),
              complaint.meta.id);

    auto failed = first;
    failed.serviceFailure = true;
    failed.personPosition.clear();
    ASSERT_TRUE(ws->timeline().update(failed));
    EXPECT_EQ(cell(TimelineModel::SummaryColumn).toString(), QStringLiteral("⚠ Call 0"));
    EXPECT_FALSE(cell(TimelineModel::SummaryColumn, Qt::ToolTipRole).toString().isEmpty());
    EXPECT_EQ(cell(TimelineModel::PersonColumn).toString(), QStringLiteral("Dana"));
}

TEST_F(TimelineModelTest, EmptiesWhenItsCaseIsRemovedAndReloadsOnBulkChange)
{
    TimelineModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCaseId(complaint.meta.id);
    Q_EMIT ws->bulkChange();
    EXPECT_EQ(model.rowCount(), 200);
    ASSERT_TRUE(ws->cases().remove(other.meta.id));
    EXPECT_EQ(model.caseId(), complaint.meta.id);
    ASSERT_TRUE(ws->cases().remove(complaint.meta.id));
    EXPECT_EQ(model.caseId(), 0);
    EXPECT_EQ(model.rowCount(), 0);
}
