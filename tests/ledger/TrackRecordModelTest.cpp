#include "ui/models/ledger/TrackRecordModel.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/common/ModelRoles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace leverage;
using leverage::models::TrackRecordModel;
using leverage::testing::LedgerFixture;

namespace {

class TrackRecordModelTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        northwind = addOrganization(QStringLiteral("Northwind"));
        dana = addContact(QStringLiteral("Dana Whit"), northwind);
        caseId = addCase(QStringLiteral("Dishwasher"), northwind);
        refund = addCommitment(caseId, dana, QStringLiteral("File the refund"), inHours(-5));
        addCommitment(caseId, dana, QStringLiteral("Send the form"), inHours(-50),
                      CommitmentStatus::Kept);
    }
    RowId northwind = 0, dana = 0, caseId = 0, refund = 0;
};

} // namespace

TEST_F(TrackRecordModelTest, OneRowForThePersonOneForTheOrganization)
{
    TrackRecordModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_TRUE(model.text(TrackRecordModel::Person).isEmpty()) << "no subject, no text";
    EXPECT_EQ(model.loadState(), models::LoadState::NotLoaded);

    model.setSubjects(dana, northwind);
    EXPECT_EQ(model.index(TrackRecordModel::Person).data().toString(),
              QStringLiteral("Dana Whit — Promises: 2 made, 1 kept, 0 broken, 1 pending — "
                             "100 % kept"));
    EXPECT_TRUE(model.text(TrackRecordModel::Organization)
                    .startsWith(QStringLiteral("Northwind — Promises: 2 made")));
    EXPECT_EQ(
        model.index(TrackRecordModel::Organization).data(models::IdRole).value<RowId>(),
        northwind);
    EXPECT_TRUE(model.isLoaded());

    // A promise broken elsewhere changes both rows.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    auto commitment = *ws->commitments().get(refund);
    commitment.status = CommitmentStatus::Broken;
    ASSERT_TRUE(ws->commitments().update(commitment));
    EXPECT_GE(changed.count(), 1);
    EXPECT_TRUE(model.text(TrackRecordModel::Person).contains(QStringLiteral("1 broken")));

    model.setSubjects(0, northwind);
    EXPECT_TRUE(model.text(TrackRecordModel::Person).isEmpty());
    EXPECT_FALSE(model.text(TrackRecordModel::Organization).isEmpty());
}

TEST_F(TrackRecordModelTest, ARecordThatCannotBeReadSaysSo)
{
    TrackRecordModel model(ws.get());
    leverage::testing::RecordingErrorReporter reporter;
    model.setErrorReporter(&reporter);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    leverage::testing::hideTable(ws.get(), QStringLiteral("commitments"));
    model.setSubjects(dana, northwind);
    EXPECT_TRUE(model.loadFailed());
    EXPECT_EQ(model.text(TrackRecordModel::Person),
              QStringLiteral("Dana Whit: the track record could not be read."));
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(
        reporter.messages().at(0).startsWith(QStringLiteral("Could not read the track record")));

    leverage::testing::showTable(ws.get(), QStringLiteral("commitments"));
    model.refresh();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_TRUE(model.text(TrackRecordModel::Person).contains(QStringLiteral("2 made")));
}
