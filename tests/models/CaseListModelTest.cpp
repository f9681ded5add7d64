#include "ui/models/cases/CaseListModel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "tests/models/Seed.h"
#include "core/store/CaseRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::CaseListModel;
using leverage::testing::Seed;
using leverage::testing::TestWorkspace;

namespace {

class CaseListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        northwind = Seed::organization(ws.get(), QStringLiteral("Northwind"));
        WriteTransaction batch(ws.get()); // one commit for 450 rows
        for (int i = 0; i < 450; ++i)
            ids << Seed::caseRow(ws.get(),
                                 QStringLiteral("Case %1").arg(i, 3, 10, QLatin1Char('0')),
                                 i % 2 ? northwind.meta.id : 0, i)
                       .meta.id;
        ASSERT_TRUE(batch.commit());
        byTitle.sortBy = CaseQuery::SortBy::Title;
        byTitle.descending = false;
    }

    // The loaded rows are exactly the first rowCount() rows of the store's order.
    void expectPrefixOfStore(const CaseListModel &model)
    {
        auto page = ws->cases().page(model.query(), 0, model.rowCount());
        ASSERT_TRUE(page);
        ASSERT_EQ(page->size(), model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row)
            ASSERT_EQ(model.caseIdAt(row), page->at(row).caseData.meta.id) << "row " << row;
        EXPECT_EQ(model.totalCount(), *ws->cases().count(model.query()));
    }

    void runEdits(CaseListModel &model, bool partial);

    TestWorkspace ws;
    Organization northwind;
    QList<RowId> ids;
    CaseQuery byTitle;
};

} // namespace

TEST_F(CaseListModelTest, LoadsPagesOf200UntilAll450AreIn)
{
    CaseListModel model(ws.get());
    model.setQuery(byTitle);
    EXPECT_EQ(model.rowCount(), 200);
    EXPECT_EQ(model.totalCount(), 450);
    EXPECT_TRUE(model.canFetchMore({}));
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 400);
    model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 450);
    EXPECT_FALSE(model.canFetchMore({}));
    EXPECT_EQ(model.caseIdAt(0), ids.first());
    EXPECT_EQ(model.caseIdAt(449), ids.last());
    EXPECT_EQ(model.rowOfCase(ids.at(321)), 321);
    expectPrefixOfStore(model);
}

// Adds, renames (moving rows inside, out of and into the loaded prefix), a change in place and
// a removal. `partial`: nothing else fetches, so the prefix stays at 200 rows and exact row
// counts can be checked; under the tester, which fetches a page on each change, the check is
// that the loaded rows stay exactly the store's first rows.
void CaseListModelTest::runEdits(CaseListModel &model, bool partial)
{
    auto inside = Seed::caseRow(ws.get(), QStringLiteral("Case 050a"));
    EXPECT_EQ(model.rowOfCase(inside.meta.id), 51);
    if (partial) {
        EXPECT_EQ(model.rowCount(), 201);
    }
    auto beyond = Seed::caseRow(ws.get(), QStringLiteral("Case 400a"));
    if (partial) {
        EXPECT_EQ(model.rowCount(), 201) << "past the loaded prefix: the next page brings it";
    }
    EXPECT_EQ(model.totalCount(), 452);
    expectPrefixOfStore(model);

    auto moved = *ws->cases().get(ids.at(10));
    moved.title = QStringLiteral("Case 150a");
    ASSERT_TRUE(ws->cases().update(moved));
    EXPECT_EQ(model.rowOfCase(moved.meta.id), 151) << "after 050a, before 151";
    expectPrefixOfStore(model);
    moved.title = QStringLiteral("Case 999");
    ASSERT_TRUE(ws->cases().update(moved));
    if (partial) {
        EXPECT_EQ(model.rowOfCase(moved.meta.id), -1);
        EXPECT_EQ(model.rowCount(), 200);
    }
    expectPrefixOfStore(model);
    auto back = *ws->cases().get(beyond.meta.id);
    back.title = QStringLiteral("Aardvark");
    ASSERT_TRUE(ws->cases().update(back));
    EXPECT_EQ(model.rowOfCase(back.meta.id), 0);
    expectPrefixOfStore(model);

    auto escalated = *ws->cases().get(ids.at(5));
    escalated.status = CaseStatus::Escalated;
    ASSERT_TRUE(ws->cases().update(escalated));
    const auto row = model.rowOfCase(escalated.meta.id);
    EXPECT_EQ(model.index(row, CaseListModel::StatusColumn).data().toString(),
              caseStatusLabel(CaseStatus::Escalated));

    ASSERT_TRUE(ws->cases().remove(ids.at(0)));
    EXPECT_EQ(model.rowOfCase(ids.at(0)), -1);
    expectPrefixOfStore(model);

    while (model.canFetchMore({}))
        model.fetchMore({});
    EXPECT_EQ(model.rowCount(), 451);
    expectPrefixOfStore(model);
}

TEST_F(CaseListModelTest, KeepsTheLoadedPrefixExactThroughEdits)
{
    CaseListModel model(ws.get());
    model.setQuery(byTitle);
    ASSERT_EQ(model.rowCount(), 200);
    runEdits(model, true);
}

TEST_F(CaseListModelTest, PassesTheTesterWhileEditedAndFetched)
{
    CaseListModel model(ws.get());
    model.setQuery(byTitle);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    tester.setUseFetchMore(true);
    runEdits(model, false);
}

TEST_F(CaseListModelTest, AFilterDropsCasesThatNoLongerMatch)
{
    CaseListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto query = byTitle;
    query.status = CaseStatus::Open;
    query.titleContains = QStringLiteral("Case 00");
    model.setQuery(query);
    EXPECT_EQ(model.rowCount(), 10);
    auto resolved = *ws->cases().get(ids.at(3));
    resolved.status = CaseStatus::Resolved;
    ASSERT_TRUE(ws->cases().update(resolved));
    EXPECT_EQ(model.rowCount(), 9);
    EXPECT_EQ(model.rowOfCase(resolved.meta.id), -1);
    resolved.status = CaseStatus::Open;
    ASSERT_TRUE(ws->cases().update(resolved));
    EXPECT_EQ(model.rowOfCase(resolved.meta.id), 3);
    expectPrefixOfStore(model);
}

TEST_F(CaseListModelTest, ShowsLocalDatesStatusWordsAndSortsThroughTheQuery)
{
    CaseListModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.sort(CaseListModel::OpenedColumn, Qt::DescendingOrder);
    EXPECT_EQ(model.query().sortBy, CaseQuery::SortBy::Opened);
    EXPECT_TRUE(model.query().descending);
    EXPECT_EQ(model.caseIdAt(0), ids.last());
    const auto newest = *ws->cases().get(ids.last());
    EXPECT_EQ(model.index(0, CaseListModel::OpenedColumn).data().toString(),
              models::shortDateTime(newest.openedAt));
    EXPECT_EQ(model.index(0, CaseListModel::StatusColumn).data().toString(),
              caseStatusLabel(CaseStatus::Open));
    EXPECT_EQ(model.index(0, CaseListModel::TitleColumn).data(models::IdRole).value<RowId>(),
              ids.last());
    EXPECT_EQ(
        model.index(0, CaseListModel::TitleColumn).data(models::OrganizationIdRole).value<RowId>(),
        northwind.meta.id);
    EXPECT_EQ(model.index(0, CaseListModel::OrganizationColumn).data().toString(),
              QStringLiteral("Northwind"));
    EXPECT_EQ(model.headerData(CaseListModel::LastActivityColumn, Qt::Horizontal).toString(),
              QStringLiteral("Last activity"));

    auto renamed = northwind;
    renamed.name = QStringLiteral("Northwind Appliances");
    ASSERT_TRUE(ws->organizations().update(renamed));
    EXPECT_EQ(model.index(0, CaseListModel::OrganizationColumn).data().toString(),
              QStringLiteral("Northwind Appliances"));

    model.sort(CaseListModel::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(model.caseIdAt(0), ids.first());
}

TEST_F(CaseListModelTest, AskingForTheOrderItHasReadsNothingAgain)
{
    CaseListModel model(ws.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    // What a view does when sorting is switched on: its indicator shows the default order.
    model.sort(CaseListModel::LastActivityColumn, Qt::DescendingOrder);
    EXPECT_EQ(resets.count(), 0);
    model.sort(CaseListModel::LastActivityColumn, Qt::AscendingOrder);
    EXPECT_EQ(resets.count(), 1);
    EXPECT_FALSE(model.query().descending);
}

TEST_F(CaseListModelTest, BulkChangeReloads)
{
    CaseListModel model(ws.get());
    model.setQuery(byTitle);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Q_EMIT ws->bulkChange();
    EXPECT_EQ(model.rowCount(), 200) << "a reload starts again at the first page";
    expectPrefixOfStore(model);
}
