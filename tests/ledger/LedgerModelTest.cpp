#include "ui/models/ledger/LedgerModel.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/ledger/LedgerFilterModel.h"
#include "ui/models/common/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>

using namespace leverage;
using namespace leverage::models;
using leverage::testing::LedgerFixture;

namespace {

class LedgerModelTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        northwind = addOrganization(QStringLiteral("Northwind"));
        freight = addOrganization(QStringLiteral("Fast Freight"));
        dana = addContact(QStringLiteral("Dana Whit"), northwind, QStringLiteral("Team lead"));
        sam = addContact(QStringLiteral("Sam Ode"), freight, QStringLiteral("Driver"));
        dishwasher = addCase(QStringLiteral("Dishwasher"), northwind);
        parcel = addCase(QStringLiteral("Parcel"), freight);
        overdue = addCommitment(dishwasher, dana, QStringLiteral("File the refund"), inHours(-5));
        thisWeek = addCommitment(dishwasher, dana, QStringLiteral("Call back"), inHours(30));
        later = addCommitment(parcel, sam, QStringLiteral("Redeliver"), inHours(24 * 10));
        kept = addCommitment(parcel, sam, QStringLiteral("Send form"), inHours(-40),
                             CommitmentStatus::Kept);
    }
    QString cell(const QAbstractItemModel &model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

    RowId northwind = 0, freight = 0, dana = 0, sam = 0, dishwasher = 0, parcel = 0;
    RowId overdue = 0, thisWeek = 0, later = 0, kept = 0;
};

} // namespace

TEST_F(LedgerModelTest, ShowsEveryCommitmentWithItsPeopleAndMarksOverdue)
{
    LedgerModel model(ws.get());
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 4);
    const int row = model.rowOf(overdue);
    ASSERT_GE(row, 0);
    EXPECT_EQ(cell(model, row, LedgerModel::What), QStringLiteral("File the refund"));
    EXPECT_EQ(cell(model, row, LedgerModel::MadeBy), QStringLiteral("Dana Whit"));
    EXPECT_EQ(cell(model, row, LedgerModel::Position), QStringLiteral("Team lead"));
    EXPECT_EQ(cell(model, row, LedgerModel::Organization), QStringLiteral("Northwind"));
    EXPECT_EQ(cell(model, row, LedgerModel::CaseTitle), QStringLiteral("Dishwasher"));
    EXPECT_TRUE(cell(model, row, LedgerModel::Due).endsWith(QStringLiteral("overdue")));
    EXPECT_EQ(cell(model, row, LedgerModel::Status), QStringLiteral("Pending"));
    EXPECT_TRUE(model.index(row, 0).data(Qt::ForegroundRole).value<QColor>().isValid());
    const int keptRow = model.rowOf(kept);
    EXPECT_FALSE(cell(model, keptRow, LedgerModel::Due).contains(QStringLiteral("overdue")));
    EXPECT_FALSE(cell(model, keptRow, LedgerModel::StatusChanged).isEmpty());
    EXPECT_EQ(model.index(keptRow, 0).data(IdRole).value<RowId>(), kept);
    EXPECT_EQ(model.index(keptRow, 0).data(OrganizationIdRole).value<RowId>(), freight);
}

TEST_F(LedgerModelTest, ReadsNothingUntilLoadedAndThenShowsWhatChangedMeanwhile)
{
    LedgerModel model(ws.get());
    EXPECT_FALSE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0);
    // Changes before the first load are not followed one by one: the load reads them.
    const auto added = addCommitment(parcel, sam, QStringLiteral("Refund the fee"), inHours(2));
    ASSERT_TRUE(ws->commitments().remove(later));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_FALSE(model.isLoaded());
    model.ensureLoaded();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_GE(model.rowOf(added), 0);
    EXPECT_EQ(model.rowOf(later), -1);
}

TEST_F(LedgerModelTest, FollowsAddsChangesAndRemovals)
{
    LedgerModel model(ws.get());
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto added = addCommitment(parcel, 0, QStringLiteral("Refund the fee"), inHours(2));
    ASSERT_EQ(model.rowCount(), 5);
    EXPECT_GE(model.rowOf(added), 0);
    // Noted without a person: the case's organization answers for it.
    EXPECT_EQ(cell(model, model.rowOf(added), LedgerModel::Organization),
              QStringLiteral("Fast Freight"));

    ASSERT_TRUE(ws->commitments().setStatus(overdue, CommitmentStatus::Broken,
                                            QStringLiteral("No refund")));
    const int row = model.rowOf(overdue);
    EXPECT_EQ(cell(model, row, LedgerModel::Status), QStringLiteral("Broken"));
    EXPECT_FALSE(cell(model, row, LedgerModel::Due).contains(QStringLiteral("overdue")));
    EXPECT_EQ(model.index(row, LedgerModel::Status).data(Qt::ToolTipRole).toString(),
              QStringLiteral("No refund"));

    auto contact = ws->contacts().get(dana);
    contact->name = QStringLiteral("Dana Whitfield");
    ASSERT_TRUE(ws->contacts().update(*contact));
    EXPECT_EQ(cell(model, row, LedgerModel::MadeBy), QStringLiteral("Dana Whitfield"));

    ASSERT_TRUE(ws->commitments().remove(thisWeek));
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOf(thisWeek), -1);
    ASSERT_TRUE(ws->cases().remove(parcel));
    EXPECT_EQ(model.rowCount(), 1);
}

TEST_F(LedgerModelTest, OverdueFollowsTheClock)
{
    LedgerModel model(ws.get());
    model.ensureLoaded();
    const int row = model.rowOf(thisWeek);
    EXPECT_FALSE(cell(model, row, LedgerModel::Due).contains(QStringLiteral("overdue")));
    ws.clock().advance(31 * 3600);
    model.refreshDueness();
    EXPECT_TRUE(cell(model, row, LedgerModel::Due).contains(QStringLiteral("overdue")));
}

TEST_F(LedgerModelTest, FiltersByDuenessOrganizationPersonAndCase)
{
    LedgerModel model(ws.get());
    model.ensureLoaded();
    LedgerFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    auto ids = [&] {
        QSet<RowId> out;
        for (int row = 0; row < filter.rowCount(); ++row)
            out.insert(filter.index(row, 0).data(IdRole).value<RowId>());
        return out;
    };
    EXPECT_EQ(filter.rowCount(), 4);
    filter.setDueFilter(LedgerFilterModel::DueFilter::Overdue);
    EXPECT_EQ(ids(), QSet<RowId>{overdue});
    filter.setDueFilter(LedgerFilterModel::DueFilter::DueThisWeek);
    EXPECT_EQ(ids(), QSet<RowId>{thisWeek});
    filter.setDueFilter(LedgerFilterModel::DueFilter::Pending);
    EXPECT_EQ(ids(), (QSet<RowId>{overdue, thisWeek, later}));
    filter.setDueFilter(LedgerFilterModel::DueFilter::All);
    filter.setOrganizationId(freight);
    EXPECT_EQ(ids(), (QSet<RowId>{later, kept}));
    filter.setOrganizationId(0);
    filter.setContactId(dana);
    EXPECT_EQ(ids(), (QSet<RowId>{overdue, thisWeek}));
    filter.setContactId(0);
    filter.setCaseId(parcel);
    EXPECT_EQ(ids(), (QSet<RowId>{later, kept}));
    filter.setCaseId(0);
    // Sorting by due puts the overdue promise first and the kept one (older date) before it.
    filter.sort(LedgerModel::Due, Qt::AscendingOrder);
    EXPECT_EQ(filter.index(0, 0).data(IdRole).value<RowId>(), kept);
    EXPECT_EQ(filter.index(3, 0).data(IdRole).value<RowId>(), later);
    // A change that no longer matches the filter leaves it.
    filter.setDueFilter(LedgerFilterModel::DueFilter::Overdue);
    ASSERT_TRUE(ws->commitments().setStatus(overdue, CommitmentStatus::Kept, {}));
    EXPECT_EQ(filter.rowCount(), 0);
}

TEST_F(LedgerModelTest, AFailedReadSaysSoInsteadOfAnEmptyLedger)
{
    LedgerModel model(ws.get());
    leverage::testing::RecordingErrorReporter reporter;
    model.setErrorReporter(&reporter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    leverage::testing::hideTable(ws.get(), QStringLiteral("commitments"));
    model.ensureLoaded();
    EXPECT_EQ(model.loadState(), models::LoadState::Failed);
    EXPECT_FALSE(model.isLoaded());
    EXPECT_TRUE(model.wasRead());
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.loadFailureHeading(), QStringLiteral("Could not read the promises"));
    EXPECT_FALSE(model.loadFailureReason().isEmpty());
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_EQ(reporter.messages().at(0), model.loadError());

    leverage::testing::showTable(ws.get(), QStringLiteral("commitments"));
    model.ensureLoaded(); // a failed read is tried again when asked
    EXPECT_EQ(model.loadState(), models::LoadState::Loaded);
    EXPECT_TRUE(model.loadError().isEmpty());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(reporter.messages().size(), 1);
}
