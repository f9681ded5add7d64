#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::TestWorkspace;

namespace {

// Runs on both engines: a file and a team server.
class RepositoryTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    TestWorkspace ws{GetParam()};

    Organization addOrganization(const QString &name)
    {
        Organization o;
        o.name = name;
        EXPECT_TRUE(ws->organizations().add(o));
        return o;
    }
    Case addCase(const QString &title, RowId organizationId = 0)
    {
        Case c;
        c.title = title;
        c.organizationId = organizationId;
        c.openedAt = Instant::fromDateTime(ws.clock().now());
        EXPECT_TRUE(ws->cases().add(c));
        return c;
    }
    TimelineEntry addEntry(RowId caseId, int minutesAfterNow, const QString &summary = {})
    {
        TimelineEntry e;
        e.caseId = caseId;
        e.occurredAt = Instant::fromDateTime(ws.clock().now().addSecs(60 * minutesAfterNow));
        e.summary = summary;
        auto status = ws->timeline().add(e);
        EXPECT_TRUE(status) << status.message().toStdString();
        return e;
    }
};

INSTANTIATE_TEST_SUITE_P(Engines, RepositoryTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

} // namespace

TEST_P(RepositoryTest, CaseRoundTripsEveryField)
{
    auto org = addOrganization(QStringLiteral("Northwind Appliances"));
    Case c;
    c.title = QStringLiteral("Dishwasher delivered damaged");
    c.organizationId = org.meta.id;
    c.reference = QStringLiteral("ORD-55120");
    c.desiredOutcome = QStringLiteral("Replacement unit, installed");
    c.status = CaseStatus::Escalated;
    c.amountSoughtCents = 89900;
    c.currency = QStringLiteral("USD");
    c.openedAt = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(ws->cases().add(c));
    ASSERT_GT(c.meta.id, 0);
    EXPECT_FALSE(c.meta.uuid.isEmpty());

    auto read = ws->cases().get(c.meta.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(*read, c);
    EXPECT_EQ(read->openedAt.offsetSeconds, -5 * 3600);
}

TEST_P(RepositoryTest, UpdateBumpsVersionAndRefusesAStaleCopy)
{
    auto c = addCase(QStringLiteral("Billing error"));
    auto stale = c;
    c.status = CaseStatus::Waiting;
    ASSERT_TRUE(ws->cases().update(c));
    EXPECT_EQ(c.meta.version, 2);
    stale.title = QStringLiteral("Edited elsewhere");
    auto status = ws->cases().update(stale);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Conflict);
    EXPECT_EQ(ws->cases().get(c.meta.id)->title, QStringLiteral("Billing error"));
}

TEST_P(RepositoryTest, ValidationRefusesEmptyTitlesAndNames)
{
    Case c;
    EXPECT_EQ(ws->cases().add(c).code(), Error::Code::Invalid);
    Organization o;
    EXPECT_EQ(ws->organizations().add(o).code(), Error::Code::Invalid);
    Contact p;
    EXPECT_EQ(ws->contacts().add(p).code(), Error::Code::Invalid);
    EXPECT_EQ(*ws->cases().count({}), 0);
}

TEST_P(RepositoryTest, ForeignKeysAreEnforced)
{
    TimelineEntry orphan;
    orphan.caseId = 4242;
    orphan.occurredAt = Instant::fromDateTime(ws.clock().now());
    auto status = ws->timeline().add(orphan);
    EXPECT_FALSE(status);
    EXPECT_EQ(*ws->timeline().countAll(), 0);
}

TEST_P(RepositoryTest, DeletingACaseCascadesToItsChildren)
{
    auto c = addCase(QStringLiteral("Reimbursement never filed"));
    auto e = addEntry(c.meta.id, 0);
    Commitment promise;
    promise.caseId = c.meta.id;
    promise.entryId = e.meta.id;
    promise.what = QStringLiteral("File the reimbursement today");
    ASSERT_TRUE(ws->commitments().add(promise));
    FollowUp f;
    f.caseId = c.meta.id;
    f.what = QStringLiteral("Call back Thursday");
    ASSERT_TRUE(ws->followUps().add(f));
    EscalationStep s;
    s.caseId = c.meta.id;
    ASSERT_TRUE(ws->escalation().append(s));

    ASSERT_TRUE(ws->cases().remove(c.meta.id));
    EXPECT_EQ(*ws->timeline().countAll(), 0);
    EXPECT_EQ(ws->commitments().all()->size(), 0);
    EXPECT_EQ(ws->followUps().open()->size(), 0);
    EXPECT_EQ(ws->escalation().forCase(c.meta.id)->size(), 0);
}

TEST_P(RepositoryTest, DeletingAContactKeepsTheRecordOfWhatTheySaid)
{
    auto org = addOrganization(QStringLiteral("Contoso Health"));
    Contact rep;
    rep.organizationId = org.meta.id;
    rep.name = QStringLiteral("Dana Reyes");
    ASSERT_TRUE(ws->contacts().add(rep));
    auto c = addCase(QStringLiteral("Claim denied"), org.meta.id);
    TimelineEntry e;
    e.caseId = c.meta.id;
    e.occurredAt = Instant::fromDateTime(ws.clock().now());
    e.contactId = rep.meta.id;
    e.personName = rep.name;
    ASSERT_TRUE(ws->timeline().add(e));
    ASSERT_TRUE(ws->contacts().remove(rep.meta.id));
    auto read = ws->timeline().get(e.meta.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->contactId, 0);
    EXPECT_EQ(read->personName, QStringLiteral("Dana Reyes"));
}

TEST_P(RepositoryTest, AFailedWriteLeavesNothingBehindAndSignalsNothing)
{
    QSignalSpy added(&ws.get(), &Workspace::caseAdded);
    {
        WriteTransaction transaction(ws.get());
        auto c = addCase(QStringLiteral("First half"));
        TimelineEntry bad;
        bad.caseId = c.meta.id + 1000; // no such case: the foreign key fails
        bad.occurredAt = Instant::fromDateTime(ws.clock().now());
        EXPECT_FALSE(ws->timeline().add(bad));
        // transaction goes out of scope without commit
    }
    EXPECT_EQ(*ws->cases().count({}), 0);
    EXPECT_EQ(added.count(), 0);
}

TEST_P(RepositoryTest, SignalsComeAfterCommitWithIds)
{
    QSignalSpy caseAdded(&ws.get(), &Workspace::caseAdded);
    QSignalSpy entryAdded(&ws.get(), &Workspace::entryAdded);
    QSignalSpy caseChanged(&ws.get(), &Workspace::caseChanged);
    auto c = addCase(QStringLiteral("Signals"));
    ASSERT_EQ(caseAdded.count(), 1);
    EXPECT_EQ(caseAdded.at(0).at(0).toLongLong(), c.meta.id);
    auto e = addEntry(c.meta.id, 5);
    ASSERT_EQ(entryAdded.count(), 1);
    EXPECT_EQ(entryAdded.at(0).at(1).toLongLong(), e.meta.id);
    EXPECT_GE(caseChanged.count(), 1); // last activity moved
    EXPECT_EQ(ws->cases().get(c.meta.id)->lastActivityAt, e.occurredAt);
}

TEST_P(RepositoryTest, CasePagesFilterSortAndLocateRows)
{
    auto org = addOrganization(QStringLiteral("Fabrikam Telecom"));
    addCase(QStringLiteral("DSL install"), org.meta.id);
    auto b = addCase(QStringLiteral("Billing error 100% wrong"));
    b.status = CaseStatus::Resolved;
    ASSERT_TRUE(ws->cases().update(b));
    addCase(QStringLiteral("Another billing problem"));

    CaseQuery byTitle;
    byTitle.sortBy = CaseQuery::SortBy::Title;
    byTitle.descending = false;
    auto page = ws->cases().page(byTitle, 0, 10);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 3);
    EXPECT_EQ(page->at(0).caseData.title, QStringLiteral("Another billing problem"));
    EXPECT_EQ(page->at(2).organizationName, QStringLiteral("Fabrikam Telecom"));
    EXPECT_EQ(*ws->cases().rowOf(byTitle, b.meta.id), 1);

    CaseQuery resolved;
    resolved.status = CaseStatus::Resolved;
    EXPECT_EQ(*ws->cases().count(resolved), 1);
    EXPECT_EQ(*ws->cases().rowOf(resolved, page->at(0).caseData.meta.id), -1);

    CaseQuery search;
    search.titleContains = QStringLiteral("100%");
    EXPECT_EQ(*ws->cases().count(search), 1);
    search.titleContains = QStringLiteral("BILLING");
    EXPECT_EQ(*ws->cases().count(search), 2);
}

TEST_P(RepositoryTest, TimelinePagesInBothOrders)
{
    auto c = addCase(QStringLiteral("Timeline"));
    auto first = addEntry(c.meta.id, 0);
    auto third = addEntry(c.meta.id, 20);
    auto second = addEntry(c.meta.id, 10);
    auto oldest = ws->timeline().page(c.meta.id, false, 0, 2);
    ASSERT_TRUE(oldest);
    ASSERT_EQ(oldest->size(), 2);
    EXPECT_EQ(oldest->at(0).meta.id, first.meta.id);
    EXPECT_EQ(oldest->at(1).meta.id, second.meta.id);
    EXPECT_EQ(*ws->timeline().rowOf(c.meta.id, third.meta.id, true), 0);
    EXPECT_EQ(*ws->timeline().rowOf(c.meta.id, third.meta.id, false), 2);
    EXPECT_EQ(*ws->timeline().count(c.meta.id), 3);
}

TEST_P(RepositoryTest, CommitmentStatusRecordsWhenItChanged)
{
    auto c = addCase(QStringLiteral("Promise"));
    Commitment promise;
    promise.caseId = c.meta.id;
    promise.what = QStringLiteral("Supervisor calls back Thursday");
    ASSERT_TRUE(ws->commitments().add(promise));
    ws.clock().advance(3 * 24 * 3600);
    ASSERT_TRUE(ws->commitments().setStatus(promise.meta.id, CommitmentStatus::Broken,
                                            QStringLiteral("No call")));
    auto read = ws->commitments().get(promise.meta.id);
    EXPECT_EQ(read->status, CommitmentStatus::Broken);
    EXPECT_EQ(read->statusChangedAt.toDateTime(), ws.clock().now());
}

TEST_P(RepositoryTest, SupervisorCyclesAreRefused)
{
    Contact a, b;
    a.name = QStringLiteral("Rep");
    b.name = QStringLiteral("Supervisor");
    ASSERT_TRUE(ws->contacts().add(b));
    a.supervisorId = b.meta.id;
    ASSERT_TRUE(ws->contacts().add(a));
    b.supervisorId = a.meta.id;
    auto status = ws->contacts().update(b);
    ASSERT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Invalid);
}

TEST_P(RepositoryTest, EscalationStepsMoveAndRenumber)
{
    auto c = addCase(QStringLiteral("Path"));
    QList<RowId> ids;
    for (auto level : {EscalationLevel::FrontLine, EscalationLevel::Supervisor,
                       EscalationLevel::ExecutiveOffice, EscalationLevel::Regulator}) {
        EscalationStep s;
        s.caseId = c.meta.id;
        s.level = level;
        ASSERT_TRUE(ws->escalation().append(s));
        ids << s.meta.id;
    }
    QSignalSpy reordered(&ws.get(), &Workspace::escalationPathReordered);
    ASSERT_TRUE(ws->escalation().move(ids[3], 0));
    EXPECT_EQ(reordered.count(), 1);
    auto path = *ws->escalation().forCase(c.meta.id);
    QList<RowId> order;
    for (const auto &s : path)
        order << s.meta.id;
    EXPECT_EQ(order, (QList<RowId>{ids[3], ids[0], ids[1], ids[2]}));
    ASSERT_TRUE(ws->escalation().remove(ids[0]));
    path = *ws->escalation().forCase(c.meta.id);
    for (int i = 0; i < path.size(); ++i)
        EXPECT_EQ(path[i].position, i);
}

TEST_P(RepositoryTest, ARemovedRowCanBeRestoredWithItsIdentity)
{
    auto c = addCase(QStringLiteral("Undo me"));
    auto copy = *ws->cases().get(c.meta.id);
    ASSERT_TRUE(ws->cases().remove(c.meta.id));
    ASSERT_TRUE(ws->cases().add(copy));
    auto read = ws->cases().get(c.meta.id);
    ASSERT_TRUE(read);
    EXPECT_EQ(read->meta.uuid, c.meta.uuid);
}

// Every kind of column a mapping reads (text with quotes, backslashes, newlines and letters
// beyond ASCII, empty text, a missing link, optional numbers set and not, flags, an instant
// west of UTC, a 64-bit amount), read back the way panes read them: by id and by page. On a
// server the rows come straight from libpq's result (ResultRow), so both engines must agree.
TEST_P(RepositoryTest, EveryKindOfValueReadsBackAsWritten)
{
    auto c = addCase(QStringLiteral("Jürgen's \"Kühlschrank\" \\ case"));
    c.amountSoughtCents = 9'007'199'254'740'993; // beyond a double's exact integers
    c.amountRecoveredCents = 1;
    ASSERT_TRUE(ws->cases().update(c));
    TimelineEntry e;
    e.caseId = c.meta.id;
    e.channel = Channel::Email;
    e.occurredAt = Instant::fromUtcMs(1'772'460'000'123, -5 * 3600);
    e.durationSeconds = 2'147'483'647;
    e.holdSeconds = 0;
    e.personName = QStringLiteral("Chloé O'Brien 陳");
    e.personPosition = QString(); // stored as ''
    e.referenceNumber = QStringLiteral("77-310-5521");
    e.summary = QStringLiteral("line one\nline two\ttabbed \\N not null");
    e.notes = QStringLiteral("123"); // text that looks like a number stays text
    e.effort = 0;
    e.helpfulness = std::nullopt;
    e.serviceFailure = true;
    e.isPrivate = false;
    ASSERT_TRUE(ws->timeline().add(e));
    e.personPosition = QStringLiteral("");

    auto byId = ws->timeline().get(e.meta.id);
    ASSERT_TRUE(byId) << byId.message().toStdString();
    EXPECT_EQ(*byId, e);
    auto page = ws->timeline().page(c.meta.id, false, 0, 200);
    ASSERT_TRUE(page);
    ASSERT_EQ(page->size(), 1);
    EXPECT_EQ(page->first(), e);
    EXPECT_TRUE(page->first().personPosition.isEmpty());
    EXPECT_FALSE(page->first().helpfulness.has_value());
    EXPECT_EQ(page->first().effort, std::optional<int>(0));

    auto caseRead = ws->cases().get(c.meta.id);
    ASSERT_TRUE(caseRead);
    EXPECT_EQ(caseRead->title, c.title);
    EXPECT_EQ(caseRead->amountSoughtCents, 9'007'199'254'740'993);
    EXPECT_EQ(caseRead->amountRecoveredCents, 1);
    EXPECT_EQ(caseRead->organizationId, 0);
    EXPECT_EQ(caseRead->meta.version, c.meta.version);
}
