#include "core/calls/CallSession.h"
#include "core/calls/BusinessDays.h"
#include "core/calls/CasesToFileUnder.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/calls/CallFixture.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace leverage;

namespace {

class CallSessionTest : public ::testing::Test, protected leverage::testing::CallFixture
{
protected:
    qint64 count(const char *table)
    {
        QSqlQuery q(ws->database());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
        q.next();
        return q.value(0).toLongLong();
    }

    CallState liveCall()
    {
        CallSession session(*ws);
        auto started = session.start(theCase.meta.id, rep.meta.id);
        EXPECT_TRUE(started) << started.message().toStdString();
        auto state = *started;
        ws.clock().advance(30);
        state.notes = QStringLiteral("[00:30] Agent says the part is on back order.");
        state.toggleHold(ws.clock().now());
        ws.clock().advance(240);
        state.toggleHold(ws.clock().now());
        ws.clock().advance(60);
        state.participants.append({0, QStringLiteral("Lee Park"), QStringLiteral("Supervisor"),
                                   QStringLiteral("E-2209"), 330, std::nullopt});
        state.currentParticipant = 1;
        state.referenceNumber = QStringLiteral("TCK-88213");
        state.promises.append({QStringLiteral("File the reimbursement today"), 1,
                               DueWindow::endOfDay(ws.clock().now().date(), -5 * 3600), 340, true});
        state.followUps.append(
            {QStringLiteral("Supervisor calls back Thursday 2-4 pm"),
             DueWindow::moment(Instant::fromDateTime(ws.clock().now().addDays(3))), 1, 350});
        state.effort = 3;
        state.participants[0].helpfulness = 2;
        state.participants[1].helpfulness = 5;
        state.summary = QStringLiteral("Supervisor will file the reimbursement");
        ws.clock().advance(60);
        return state;
    }
};

} // namespace

TEST_F(CallSessionTest, StartCreatesADraftWithThePerson)
{
    CallSession session(*ws);
    auto state = session.start(theCase.meta.id, rep.meta.id);
    ASSERT_TRUE(state);
    EXPECT_GT(state->draftId, 0);
    EXPECT_EQ(state->organizationId, org.meta.id);
    ASSERT_EQ(state->participants.size(), 1);
    EXPECT_EQ(state->participants[0].name, rep.name);
    EXPECT_EQ(state->current()->extension, QStringLiteral("4471"));
    auto drafts = session.drafts();
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().draftId, state->draftId);
    EXPECT_FALSE(session.start(9999));
}

TEST_F(CallSessionTest, SaveAndResumeKeepTimerAndHold)
{
    CallSession session(*ws);
    auto state = *session.start(theCase.meta.id);
    ws.clock().advance(100);
    state.notes = QStringLiteral("[01:40] On hold now");
    state.toggleHold(ws.clock().now());
    ASSERT_TRUE(session.save(state));
    ws.reopen(); // the app died
    ws.clock().advance(50);
    CallSession after(*ws);
    auto drafts = after.drafts();
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1);
    const auto &back = drafts->first();
    EXPECT_EQ(back.notes, state.notes);
    EXPECT_EQ(back.caseId, theCase.meta.id);
    EXPECT_TRUE(back.isOnHold());
    EXPECT_EQ(back.elapsedSeconds(ws.clock().now()), 150);
    EXPECT_EQ(back.holdSeconds(ws.clock().now()), 50);
    EXPECT_EQ(back.savedAt.utcMs, state.startedAt.utcMs + 100'000);
}

TEST_F(CallSessionTest, SavingIsSilentAndDiscardRemovesTheDraft)
{
    CallSession session(*ws);
    auto state = *session.start(theCase.meta.id);
    QSignalSpy entries(&*ws, &Workspace::entryAdded);
    QSignalSpy bulk(&*ws, &Workspace::bulkChange);
    state.notes = QStringLiteral("typing");
    ASSERT_TRUE(session.save(state));
    EXPECT_EQ(entries.count() + bulk.count(), 0);
    ASSERT_TRUE(session.discard(state.draftId));
    EXPECT_TRUE(session.drafts()->isEmpty());
    EXPECT_EQ(session.save(state).code(), Error::Code::NotFound);
    EXPECT_EQ(count("timeline_entries"), 0);
}

TEST_F(CallSessionTest, FilingWritesEverythingAndDeletesTheDraft)
{
    auto state = liveCall();
    CallSession session(*ws);
    ASSERT_TRUE(session.save(state));
    QSignalSpy added(&*ws, &Workspace::entryAdded);
    auto entryId = session.file(state);
    ASSERT_TRUE(entryId) << entryId.message().toStdString();
    EXPECT_EQ(added.count(), 1);

    auto entry = ws->timeline().get(*entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->caseId, theCase.meta.id);
    EXPECT_EQ(entry->channel, Channel::Call);
    EXPECT_EQ(entry->occurredAt, state.startedAt);
    EXPECT_EQ(entry->durationSeconds, 30 + 240 + 60 + 60);
    EXPECT_EQ(entry->holdSeconds, 240);
    EXPECT_EQ(entry->personName, QStringLiteral("Lee Park"));
    EXPECT_EQ(entry->personPosition, QStringLiteral("Supervisor"));
    EXPECT_GT(entry->contactId, 0); // the supervisor became a contact
    EXPECT_EQ(entry->referenceNumber, QStringLiteral("TCK-88213"));
    EXPECT_EQ(entry->summary, state.summary);
    EXPECT_TRUE(entry->notes.startsWith(QStringLiteral("[00:30] Agent says")));
    EXPECT_EQ(entry->effort, 3);
    EXPECT_EQ(entry->helpfulness, 5);

    auto people = ws->timeline().participants(*entryId);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 2);
    EXPECT_EQ(people->at(0).contactId, rep.meta.id);
    EXPECT_EQ(people->at(0).helpfulness, 2);
    EXPECT_EQ(people->at(1).joinedAt.utcMs, state.startedAt.utcMs + 330'000);

    auto promised = ws->commitments().forCase(theCase.meta.id);
    ASSERT_TRUE(promised);
    ASSERT_EQ(promised->size(), 1);
    EXPECT_EQ(promised->first().entryId, *entryId);
    EXPECT_EQ(promised->first().contactId, entry->contactId);
    EXPECT_EQ(promised->first().madeByName, QStringLiteral("Lee Park"));
    EXPECT_EQ(promised->first().due(), state.promises[0].due);

    auto followUps = ws->followUps().forCase(theCase.meta.id);
    ASSERT_TRUE(followUps);
    ASSERT_EQ(followUps->size(), 1);
    EXPECT_EQ(followUps->first().due(), state.followUps[0].due);
    EXPECT_EQ(followUps->first().contactId, entry->contactId);

    EXPECT_TRUE(session.drafts()->isEmpty());
}

TEST_F(CallSessionTest, AFailedCommitmentInsertLeavesNothingAndKeepsTheDraft)
{
    auto state = liveCall();
    CallSession session(*ws);
    ASSERT_TRUE(session.save(state));
    // A real failure in the middle of the write: the commitment insert is refused.
    QSqlQuery trigger(ws->database());
    ASSERT_TRUE(
        trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON commitments BEGIN "
                                    "SELECT RAISE(ABORT, 'refused for the test'); END")));
    QSignalSpy added(&*ws, &Workspace::entryAdded);
    const auto contactsBefore = count("contacts");
    auto filed = session.file(state);
    EXPECT_FALSE(filed);
    EXPECT_FALSE(filed.message().isEmpty());
    EXPECT_EQ(added.count(), 0);
    EXPECT_EQ(count("timeline_entries"), 0);
    EXPECT_EQ(count("entry_participants"), 0);
    EXPECT_EQ(count("commitments"), 0);
    EXPECT_EQ(count("follow_ups"), 0);
    EXPECT_EQ(count("contacts"), contactsBefore);
    auto drafts = session.drafts();
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().notes, state.notes);

    // An invalid case id fails too, and still files nothing.
    ASSERT_TRUE(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
    auto wrongCase = state;
    wrongCase.caseId = 424242;
    EXPECT_FALSE(session.file(wrongCase));
    EXPECT_EQ(count("timeline_entries"), 0);
    EXPECT_EQ(session.drafts()->size(), 1);

    // The same state files once the store accepts it.
    EXPECT_TRUE(session.file(state));
    EXPECT_EQ(count("commitments"), 1);
    EXPECT_TRUE(session.drafts()->isEmpty());
}

TEST_F(CallSessionTest, ACallWithoutACaseCannotBeFiled)
{
    CallSession session(*ws);
    auto state = session.start(0, rep.meta.id);
    ASSERT_TRUE(state);
    auto filed = session.file(*state);
    EXPECT_EQ(filed.code(), Error::Code::Invalid);
    EXPECT_EQ(session.drafts()->size(), 1);
}

TEST_F(CallSessionTest, CasesToFileUnderPutTheCallersOrganizationFirst)
{
    Organization other;
    other.name = QStringLiteral("Fast Freight");
    ASSERT_TRUE(ws->organizations().add(other));
    auto addCase = [this](const QString &title, RowId organizationId, int daysAgo) {
        Case c;
        c.title = title;
        c.organizationId = organizationId;
        c.openedAt = Instant::fromDateTime(ws.clock().now().addDays(-daysAgo));
        EXPECT_TRUE(ws->cases().add(c));
        return c.meta.id;
    };
    const RowId parcel = addCase(QStringLiteral("Parcel lost"), other.meta.id, 1);
    const RowId oven = addCase(QStringLiteral("Oven door"), org.meta.id, 5);

    auto cases = casesToFileUnder(*ws, org.meta.id);
    ASSERT_TRUE(cases) << cases.message().toStdString();
    QList<RowId> ids;
    for (const auto &c : *cases)
        ids << c.caseData.meta.id;
    ASSERT_EQ(ids.size(), 3);
    // Northwind's two first (in the list's order), then the other company's.
    EXPECT_EQ(QSet<RowId>(ids.begin(), ids.begin() + 2), (QSet<RowId>{theCase.meta.id, oven}));
    EXPECT_EQ(ids.at(2), parcel);
    EXPECT_EQ(casesToFileUnder(*ws, org.meta.id, 1)->size(), 1);
}

// "With:" typed and never confirmed (no Enter): the draft keeps it and the call is filed with
// that person.
TEST_F(CallSessionTest, ANameTypedInWithIsKeptByTheDraftAndFiledAsThePerson)
{
    CallSession session(*ws);
    auto started = session.start(theCase.meta.id);
    ASSERT_TRUE(started);
    auto state = *started;
    state.typedPerson = QStringLiteral("Sam from billing");
    ASSERT_TRUE(session.save(state));
    auto drafts = session.drafts();
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().typedPerson, QStringLiteral("Sam from billing"));

    auto entryId = session.file(drafts->first());
    ASSERT_TRUE(entryId) << entryId.message().toStdString();
    auto entry = ws->timeline().get(*entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->personName, QStringLiteral("Sam from billing"));
    auto people = ws->timeline().participants(*entryId);
    ASSERT_TRUE(people);
    ASSERT_EQ(people->size(), 1);
    EXPECT_EQ(people->first().name, QStringLiteral("Sam from billing"));
}
