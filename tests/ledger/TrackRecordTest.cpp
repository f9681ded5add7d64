#include "tests/ledger/LedgerFixture.h"
#include "core/store/LedgerRepository.h"

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

class TrackRecordTest : public LedgerFixture
{
};

} // namespace

TEST_F(TrackRecordTest, CountsAPersonsPromisesByOutcome)
{
    const auto org = addOrganization(QStringLiteral("Northwind"));
    const auto rep = addContact(QStringLiteral("Dana"), org, QStringLiteral("Agent"));
    const auto other = addContact(QStringLiteral("Lee"), org);
    const auto caseId = addCase(QStringLiteral("Dishwasher"), org);
    for (auto s : {CommitmentStatus::Kept, CommitmentStatus::Kept, CommitmentStatus::Kept,
                   CommitmentStatus::Broken, CommitmentStatus::Pending})
        addCommitment(caseId, rep, QStringLiteral("x"), inHours(1), s);
    addCommitment(caseId, other, QStringLiteral("y"), inHours(1), CommitmentStatus::Broken);

    LedgerRepository ledger(ws.get());
    auto record = ledger.forContact(rep);
    ASSERT_TRUE(record);
    EXPECT_EQ(record->made, 5);
    EXPECT_EQ(record->kept, 3);
    EXPECT_EQ(record->broken, 1);
    EXPECT_EQ(record->pending, 1);
    EXPECT_EQ(record->withdrawn, 0);
    ASSERT_TRUE(record->shareKept());
    EXPECT_DOUBLE_EQ(*record->shareKept(), 0.75);
    EXPECT_EQ(record->summary(),
              QStringLiteral("Promises: 5 made, 3 kept, 1 broken, 1 pending — 75 % kept"));
}

TEST_F(TrackRecordTest, AnOrganizationCountsItsPeopleAndItsUnattributedPromises)
{
    const auto retailer = addOrganization(QStringLiteral("Northwind"));
    const auto carrier = addOrganization(QStringLiteral("Fast Freight"));
    const auto rep = addContact(QStringLiteral("Dana"), retailer);
    const auto driver = addContact(QStringLiteral("Sam"), carrier);
    const auto caseId = addCase(QStringLiteral("Dishwasher"), retailer);
    addCommitment(caseId, rep, QStringLiteral("Refund"), inHours(1), CommitmentStatus::Kept);
    // Noted by name only: the case's organization answers for it.
    addCommitment(caseId, 0, QStringLiteral("Call back"), inHours(1), CommitmentStatus::Broken);
    // The carrier's driver promised on the retailer's case: the carrier's record.
    addCommitment(caseId, driver, QStringLiteral("Redeliver"), inHours(1),
                  CommitmentStatus::Withdrawn);

    LedgerRepository ledger(ws.get());
    auto retailerRecord = ledger.forOrganization(retailer);
    ASSERT_TRUE(retailerRecord);
    EXPECT_EQ(retailerRecord->made, 2);
    EXPECT_EQ(retailerRecord->kept, 1);
    EXPECT_EQ(retailerRecord->broken, 1);
    EXPECT_DOUBLE_EQ(*retailerRecord->shareKept(), 0.5);

    auto carrierRecord = ledger.forOrganization(carrier);
    ASSERT_TRUE(carrierRecord);
    EXPECT_EQ(carrierRecord->made, 1);
    EXPECT_EQ(carrierRecord->withdrawn, 1);
    EXPECT_FALSE(carrierRecord->shareKept());
    EXPECT_EQ(carrierRecord->summary(),
              QStringLiteral("Promises: 1 made, 0 kept, 0 broken, 0 pending, 1 withdrawn"));

    auto nobody = ledger.forOrganization(carrier + 100);
    ASSERT_TRUE(nobody);
    EXPECT_EQ(*nobody, TrackRecord{});
}

TEST_F(TrackRecordTest, FollowsStatusChanges)
{
    const auto org = addOrganization(QStringLiteral("Northwind"));
    const auto rep = addContact(QStringLiteral("Dana"), org);
    const auto caseId = addCase(QStringLiteral("Dishwasher"), org);
    const auto id = addCommitment(caseId, rep, QStringLiteral("Refund"), inHours(-1));
    LedgerRepository ledger(ws.get());
    EXPECT_EQ(ledger.forOrganization(org)->pending, 1);
    ASSERT_TRUE(ws->commitments().setStatus(id, CommitmentStatus::Broken, {}));
    auto after = ledger.forOrganization(org);
    EXPECT_EQ(after->pending, 0);
    EXPECT_EQ(after->broken, 1);
    EXPECT_DOUBLE_EQ(*after->shareKept(), 0.0);
}
