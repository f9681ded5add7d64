#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/models/RemovalFixture.h"
#include "tests/models/StoreDump.h"

#include <QSignalSpy>

using namespace leverage;
using leverage::testing::RemovalFixture;
using leverage::testing::StoreDump;
using Kind = RemovalSnapshot::Kind;

namespace {

class RemovalSnapshotTest : public RemovalFixture
{
protected:
    // Removes, checks the counts asked beforehand match what went, restores, and checks the
    // store is back exactly as it was.
    RemovalSnapshot removeAndRestore(Kind kind, RowId id)
    {
        const auto before = StoreDump::read(ws.get());
        auto asked = RemovalSnapshot::impactOf(ws.get(), kind, id);
        EXPECT_TRUE(asked);
        auto taken = RemovalSnapshot::take(ws.get(), kind, id);
        EXPECT_TRUE(taken) << taken.message().toStdString();
        EXPECT_EQ(*asked, taken->impact());
        EXPECT_NE(StoreDump::read(ws.get()), before);
        auto restored = taken->restore(ws.get());
        EXPECT_TRUE(restored) << restored.message().toStdString();
        const auto after = StoreDump::read(ws.get());
        EXPECT_EQ(after, before) << after.difference(before).toStdString();
        return *taken;
    }
};

} // namespace

TEST_F(RemovalSnapshotTest, CaseTakesItsChildrenAndComesBackWithTheSameIds)
{
    const auto snapshot = removeAndRestore(Kind::Case, dishwasher.meta.id);
    EXPECT_EQ(snapshot.entries.size(), 2);
    EXPECT_EQ(snapshot.participants.size(), 1);
    EXPECT_EQ(snapshot.participants.first().second.size(), 2);
    EXPECT_EQ(snapshot.commitments.size(), 1);
    EXPECT_EQ(snapshot.followUps.size(), 1);
    EXPECT_EQ(snapshot.escalationSteps.size(), 1);
    EXPECT_EQ(snapshot.callDrafts.size(), 1);
    EXPECT_EQ(snapshot.involvedOrganizations.size(), 2) << "its own organization and another";
    EXPECT_EQ(snapshot.impact().describe(),
              QStringLiteral("This will also remove 2 timeline entries, 1 commitment, "
                             "1 follow-up and 1 escalation step."));
    auto restored = ws->timeline().get(secondCall.meta.id);
    ASSERT_TRUE(restored);
    EXPECT_EQ(*restored, secondCall);
}

TEST_F(RemovalSnapshotTest, ContactRemovalClearsLinksAndUndoPutsThemBack)
{
    auto asked = RemovalSnapshot::impactOf(ws.get(), Kind::Contact, boss.meta.id);
    ASSERT_TRUE(asked);
    // agent and courier report to the boss; the second call, a participant, the commitment,
    // the follow-up and the escalation step name the boss.
    EXPECT_EQ(asked->references, 7);

    auto taken = RemovalSnapshot::take(ws.get(), Kind::Contact, boss.meta.id);
    ASSERT_TRUE(taken);
    EXPECT_EQ(ws->contacts().get(agent.meta.id)->supervisorId, 0);
    EXPECT_EQ(ws->contacts().get(courier.meta.id)->supervisorId, 0);
    EXPECT_EQ(ws->commitments().get(callback.meta.id)->contactId, 0);
    removeAndRestore(Kind::Contact, agent.meta.id); // nested: another contact, same store
    ASSERT_TRUE(taken->restore(ws.get()));
    EXPECT_EQ(ws->contacts().get(courier.meta.id)->supervisorId, boss.meta.id);
    EXPECT_EQ(*ws->contacts().get(boss.meta.id), boss);
}

TEST_F(RemovalSnapshotTest, OrganizationTakesItsPeopleAndRestoresEveryReference)
{
    const auto snapshot = removeAndRestore(Kind::Organization, northwind.meta.id);
    EXPECT_EQ(snapshot.contacts.size(), 2);
    EXPECT_EQ(snapshot.contacts.first().meta.id, boss.meta.id) << "supervisors come first";
    EXPECT_EQ(snapshot.links.size(), 1);
    // The case it is the organization of, the case it is involved in, and the couriers it
    // referred a case to (that referral comes back too).
    EXPECT_EQ(snapshot.involvements.size(), 3);
    EXPECT_GT(snapshot.impact().references, 5);
}

TEST_F(RemovalSnapshotTest, EntryAndCommitmentKeepTheRowsThatNameThem)
{
    auto entry = removeAndRestore(Kind::Entry, secondCall.meta.id);
    EXPECT_EQ(entry.references.size(), 1) << "the commitment made in the call";
    EXPECT_EQ(entry.impact().entries, 0) << "the entry itself is not 'also removed'";
    auto commitment = removeAndRestore(Kind::Commitment, callback.meta.id);
    EXPECT_EQ(commitment.references.size(), 1) << "the follow-up chasing it";
}

TEST_F(RemovalSnapshotTest, RemovalAnnouncesTheRowsWhoseLinkWasCleared)
{
    QSignalSpy casesChanged(&ws.get(), &Workspace::caseChanged);
    QSignalSpy contactsChanged(&ws.get(), &Workspace::contactChanged);
    QSignalSpy organizationsRemoved(&ws.get(), &Workspace::organizationRemoved);
    ASSERT_TRUE(RemovalSnapshot::take(ws.get(), Kind::Organization, northwind.meta.id));
    EXPECT_EQ(organizationsRemoved.count(), 1);
    QList<RowId> changedCases;
    for (const auto &args : casesChanged)
        changedCases << args.at(0).value<RowId>();
    EXPECT_TRUE(changedCases.contains(dishwasher.meta.id)) << "its organization was cleared";
    ASSERT_EQ(contactsChanged.count(), 1);
    EXPECT_EQ(contactsChanged.first().at(0).value<RowId>(), courier.meta.id);
}

TEST_F(RemovalSnapshotTest, ARestoreThatCannotBeCompleteChangesNothing)
{
    auto taken = RemovalSnapshot::take(ws.get(), Kind::Contact, agent.meta.id);
    ASSERT_TRUE(taken);
    ASSERT_TRUE(ws->timeline().remove(parcelCall.meta.id)); // a row the restore must re-link
    const auto before = StoreDump::read(ws.get());
    auto restored = taken->restore(ws.get());
    EXPECT_FALSE(restored);
    EXPECT_EQ(restored.code(), Error::Code::Conflict);
    EXPECT_FALSE(restored.message().isEmpty());
    EXPECT_EQ(ws->contacts().get(agent.meta.id).code(), Error::Code::NotFound);
    EXPECT_EQ(StoreDump::read(ws.get()), before);
}

TEST_F(RemovalSnapshotTest, NothingToSayWhenNothingElseGoes)
{
    auto lonely = leverage::testing::Seed::caseRow(ws.get(), QStringLiteral("Lonely"));
    auto impact = RemovalSnapshot::impactOf(ws.get(), Kind::Case, lonely.meta.id);
    ASSERT_TRUE(impact);
    EXPECT_TRUE(impact->isEmpty());
    EXPECT_TRUE(impact->describe().isEmpty());
    EXPECT_EQ(RemovalSnapshot::take(ws.get(), Kind::Case, 999'999).code(), Error::Code::NotFound);
}

TEST_F(RemovalSnapshotTest, ASmallRestoreAnnouncesEachRow)
{
    auto taken = RemovalSnapshot::take(ws.get(), Kind::Case, dishwasher.meta.id);
    ASSERT_TRUE(taken);
    QSignalSpy entriesAdded(&ws.get(), &Workspace::entryAdded);
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    ASSERT_TRUE(taken->restore(ws.get()));
    EXPECT_EQ(entriesAdded.count(), 2);
    EXPECT_EQ(bulk.count(), 0);
}

TEST_F(RemovalSnapshotTest, ALargeRestoreIsOneBulkChange)
{
    const auto big = leverage::testing::Seed::caseRow(ws.get(), QStringLiteral("Years of calls"));
    {
        WriteTransaction batch(ws.get());
        for (int i = 0; i < 500; ++i)
            leverage::testing::Seed::entry(ws.get(), big.meta.id, i);
        ASSERT_TRUE(batch.commit());
    }
    const auto before = StoreDump::read(ws.get());
    auto taken = RemovalSnapshot::take(ws.get(), Kind::Case, big.meta.id);
    ASSERT_TRUE(taken);
    QSignalSpy entriesAdded(&ws.get(), &Workspace::entryAdded);
    QSignalSpy casesAdded(&ws.get(), &Workspace::caseAdded);
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    ASSERT_TRUE(taken->restore(ws.get()));
    EXPECT_EQ(bulk.count(), 1);
    EXPECT_EQ(entriesAdded.count(), 0);
    EXPECT_EQ(casesAdded.count(), 0);
    EXPECT_EQ(StoreDump::read(ws.get()), before);
    // The next ordinary write announces its rows again.
    leverage::testing::Seed::entry(ws.get(), big.meta.id, 501);
    EXPECT_EQ(entriesAdded.count(), 1);
    EXPECT_EQ(bulk.count(), 1);
}

TEST_F(RemovalSnapshotTest, AFailedBulkRestoreLeavesTheNextWriteAnnouncingItsRows)
{
    {
        WriteTransaction failing(ws.get());
        ws->announceAsBulkChange();
    } // rolled back: never committed
    QSignalSpy bulk(&ws.get(), &Workspace::bulkChange);
    QSignalSpy entriesAdded(&ws.get(), &Workspace::entryAdded);
    leverage::testing::Seed::entry(ws.get(), dishwasher.meta.id, 7);
    EXPECT_EQ(bulk.count(), 0);
    EXPECT_EQ(entriesAdded.count(), 1);
}
