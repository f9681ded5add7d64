#include "core/contacts/ContactHistory.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage {
namespace {

class ContactHistoryTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    RowId addCase(const char *title)
    {
        Case c;
        c.title = QString::fromUtf8(title);
        c.openedAt = Instant::fromDateTime(testing::testNow().addDays(-60));
        EXPECT_TRUE(ws->cases().add(c).isOk());
        return c.meta.id;
    }
    RowId addContact(const char *name)
    {
        Contact c;
        c.name = QString::fromUtf8(name);
        EXPECT_TRUE(ws->contacts().add(c).isOk());
        return c.meta.id;
    }
    // An entry `daysAgo` with `contactId` as the person, rated or not.
    RowId addEntry(RowId caseId, RowId contactId, int daysAgo, std::optional<int> helpfulness)
    {
        TimelineEntry e;
        e.caseId = caseId;
        e.contactId = contactId;
        e.occurredAt = Instant::fromDateTime(testing::testNow().addDays(-daysAgo));
        e.summary = QStringLiteral("call");
        e.helpfulness = helpfulness;
        EXPECT_TRUE(ws->timeline().add(e).isOk());
        return e.meta.id;
    }

    testing::TestWorkspace ws;
};

TEST_P(ContactHistoryTest, CanDoGoToHelpedMoreThanOnceAndWellOnAverage)
{
    const RowId a = addCase("Refund");
    const RowId b = addCase("Delivery");
    const RowId grace = addContact("Grace");
    addEntry(a, grace, 30, 5);
    addEntry(b, grace, 20, 4);
    addEntry(b, grace, 10, 4);
    auto record = ContactHistory(*ws).record(grace);
    ASSERT_TRUE(record.isOk());
    EXPECT_EQ(record->timesInvolved, 3);
    EXPECT_EQ(record->casesTouched, 2);
    EXPECT_EQ(record->helpedCount, 3);
    EXPECT_NEAR(*record->averageHelpfulness, 13.0 / 3.0, 1e-9);
    EXPECT_EQ(record->lastContact.toDateTime(), testing::testNow().addDays(-10));
    EXPECT_EQ(record->verdict, TrackVerdict::CanDo);
}

TEST_P(ContactHistoryTest, OneAndDoneHelpedOnceThenUnhelpfulOrUnanswered)
{
    const RowId a = addCase("Refund");
    const RowId ken = addContact("Ken");
    addEntry(a, ken, 30, 5);
    addEntry(a, ken, 20, 1);
    addEntry(a, ken, 10, std::nullopt); // a voicemail never returned
    auto record = ContactHistory(*ws).record(ken);
    EXPECT_EQ(record->verdict, TrackVerdict::OneAndDone);
    EXPECT_EQ(record->ratedCount, 2);
    EXPECT_NEAR(*record->averageHelpfulness, 3.0, 1e-9);
}

TEST_P(ContactHistoryTest, NotEnoughHistoryForOneCallOrAMixedRecord)
{
    const RowId a = addCase("Refund");
    const RowId once = addContact("Once");
    addEntry(a, once, 5, 5);
    EXPECT_EQ(ContactHistory(*ws).record(once)->verdict, TrackVerdict::NotEnoughHistory);
    const RowId mixed = addContact("Mixed");
    addEntry(a, mixed, 9, 4);
    addEntry(a, mixed, 8, 1);
    addEntry(a, mixed, 7, 4);
    addEntry(a, mixed, 6, 2);
    EXPECT_EQ(ContactHistory(*ws).record(mixed)->verdict, TrackVerdict::NotEnoughHistory)
        << "helped twice but 2.75 on average";
    const RowId nobody = addContact("Nobody");
    auto empty = ContactHistory(*ws).record(nobody);
    EXPECT_EQ(empty->timesInvolved, 0);
    EXPECT_TRUE(empty->lastContact.isNull());
    EXPECT_FALSE(empty->averageHelpfulness.has_value());
}

TEST_P(ContactHistoryTest, ParticipantsCountWithTheirOwnRatingAndEachEntryOnce)
{
    const RowId a = addCase("Refund");
    const RowId agent = addContact("Agent");
    const RowId supervisor = addContact("Supervisor");
    // Transferred twice to the supervisor, who helped both times; the agent did not.
    for (int days : {12, 4}) {
        const RowId entry = addEntry(a, agent, days, 2);
        EntryParticipant p;
        p.contactId = supervisor;
        // The store refuses a null name or position (NOT NULL columns), so both are set.
        p.name = QStringLiteral("Supervisor");
        p.position = QStringLiteral("Floor supervisor");
        p.helpfulness = 5;
        EntryParticipant again = p; // listed twice by mistake: still one involvement
        ASSERT_TRUE(ws->timeline().setParticipants(entry, {p, again}).isOk());
    }
    auto record = ContactHistory(*ws).record(supervisor);
    EXPECT_EQ(record->timesInvolved, 2);
    EXPECT_EQ(record->verdict, TrackVerdict::CanDo);
    EXPECT_EQ(ContactHistory(*ws).record(agent)->averageHelpfulness, 2.0);

    auto entries = ContactHistory(*ws).entries(supervisor);
    ASSERT_TRUE(entries.isOk());
    ASSERT_EQ(entries->size(), 2);
    EXPECT_EQ(entries->at(0).caseTitle, QStringLiteral("Refund"));
    EXPECT_EQ(entries->at(0).helpfulness, 5);
}

TEST_P(ContactHistoryTest, CommitmentsAcrossCasesWithTheirStatus)
{
    const RowId a = addCase("Refund");
    const RowId b = addCase("Delivery");
    const RowId rep = addContact("Rep");
    for (auto [caseId, status] :
         {std::pair{a, CommitmentStatus::Kept}, std::pair{b, CommitmentStatus::Broken}}) {
        Commitment c;
        c.caseId = caseId;
        c.contactId = rep;
        c.what = QStringLiteral("Call back");
        c.madeAt = Instant::fromDateTime(testing::testNow().addDays(-3));
        c.status = status;
        ASSERT_TRUE(ws->commitments().add(c).isOk());
    }
    auto commitments = ContactHistory(*ws).commitments(rep);
    ASSERT_TRUE(commitments.isOk());
    ASSERT_EQ(commitments->size(), 2);
    QStringList seen;
    for (const auto &row : *commitments)
        seen << row.caseTitle + QLatin1Char(':') + commitmentStatusKey(row.commitment.status);
    seen.sort();
    EXPECT_EQ(seen,
              (QStringList{QStringLiteral("Delivery:broken"), QStringLiteral("Refund:kept")}));
}

TEST_P(ContactHistoryTest, TheRecordNamesEachCaseInOrderAndWhetherItGotFixed)
{
    const RowId mri = addCase("MRI claim");
    const RowId therapy = addCase("Physical therapy");
    const RowId priya = addContact("Priya");
    addEntry(mri, priya, 30, 5);
    addEntry(mri, priya, 12, 1);
    addEntry(therapy, priya, 9, 1);
    auto record = ContactHistory(*ws).record(priya);
    ASSERT_TRUE(record);
    EXPECT_EQ(helpedInCases(*record), QStringLiteral("helped in 1 of 2 cases"));
    EXPECT_EQ(caseByCase(*record),
              (QStringList{QStringLiteral("helped on “MRI claim”"),
                           QStringLiteral("did not help on “Physical therapy”")}));

    // The MRI claim resolved after she helped: she got it to someone who fixed it.
    auto theCase = ws->cases().get(mri);
    ASSERT_TRUE(theCase);
    theCase->status = CaseStatus::Resolved;
    ASSERT_TRUE(ws->cases().update(*theCase));
    record = ContactHistory(*ws).record(priya);
    ASSERT_TRUE(record);
    EXPECT_TRUE(record->cases.at(0).routedToFix);
    EXPECT_FALSE(record->cases.at(1).routedToFix);
    EXPECT_EQ(caseByCase(*record).first(),
              QStringLiteral("helped on “MRI claim”, and routed it to someone who fixed it"));
}

// Runs on both engines: a file and a team server.
INSTANTIATE_TEST_SUITE_P(Engines, ContactHistoryTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

} // namespace
} // namespace leverage
