#include "core/escalation/EscalationService.h"
#include "tests/escalation/EscalationFixture.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace leverage;

namespace {

class EscalationServiceTest : public leverage::testing::EscalationFixture,
                              public ::testing::WithParamInterface<leverage::testing::Engine>
{
protected:
    EscalationService service{ws.get()};
};

} // namespace

TEST_P(EscalationServiceTest, EscalateMarksCurrentDoneMakesNextCurrentAndNotesIt)
{
    addUsualPath();
    const auto entriesBefore = entryCount(caseId);
    QSignalSpy changed(&ws.get(), &Workspace::escalationStepChanged);
    QSignalSpy entries(&ws.get(), &Workspace::entryAdded);

    auto result = service.escalate(caseId);
    ASSERT_TRUE(result) << result.message().toStdString();

    EXPECT_EQ(step(supervisorId).status, EscalationStatus::Done);
    EXPECT_EQ(step(supervisorId).doneAt, Instant::fromDateTime(ws.clock().now()));
    // The skipped manager is passed over; the executive office is next.
    EXPECT_EQ(step(managerId).status, EscalationStatus::Skipped);
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Current);
    EXPECT_TRUE(step(executiveId).doneAt.isNull());
    EXPECT_EQ(changed.count(), 2);

    ASSERT_EQ(entryCount(caseId), entriesBefore + 1);
    auto note = ws->timeline().get(result->note.meta.id);
    ASSERT_TRUE(note);
    // The contact attempt: without an Attempt, a call to the step's own target.
    EXPECT_EQ(note->channel, Channel::Call);
    EXPECT_EQ(note->summary,
              QStringLiteral("Escalated from Supervisor (Tanya Brooks) to Executive office"));
    EXPECT_EQ(note->occurredAt, Instant::fromDateTime(ws.clock().now()));
    ASSERT_EQ(entries.count(), 1);
    EXPECT_EQ(entries.at(0).at(0).value<RowId>(), caseId);
}

TEST_P(EscalationServiceTest, PathWithoutCurrentStepStartsAtFirstPlanned)
{
    const auto first = addStep(caseId, EscalationLevel::FrontLine, kevinId);
    const auto second = addStep(caseId, EscalationLevel::Supervisor, tanyaId);

    auto result = service.escalate(caseId);
    ASSERT_TRUE(result) << result.message().toStdString();

    EXPECT_EQ(step(first).status, EscalationStatus::Current);
    EXPECT_EQ(step(second).status, EscalationStatus::Planned);
    EXPECT_EQ(result->note.summary,
              QStringLiteral("Started the escalation path at Front-line service (Kevin Hale)"));
}

TEST_P(EscalationServiceTest, NoNextPlannedStepIsAClearErrorAndChangesNothing)
{
    addStep(caseId, EscalationLevel::FrontLine, kevinId, EscalationStatus::Done);
    const auto current =
        addStep(caseId, EscalationLevel::Supervisor, tanyaId, EscalationStatus::Current);
    const auto entriesBefore = entryCount(caseId);

    auto result = service.escalate(caseId);

    ASSERT_FALSE(result);
    EXPECT_EQ(result.code(), Error::Code::Invalid);
    EXPECT_TRUE(result.message().contains(QStringLiteral("Supervisor (Tanya Brooks)")))
        << result.message().toStdString();
    EXPECT_EQ(step(current).status, EscalationStatus::Current);
    EXPECT_EQ(entryCount(caseId), entriesBefore);
}

TEST_P(EscalationServiceTest, EmptyPathCannotBeEscalated)
{
    auto result = service.escalate(caseId);
    ASSERT_FALSE(result);
    EXPECT_FALSE(result.message().isEmpty());
}

TEST_P(EscalationServiceTest, FailureWhileWritingTheNoteLeavesNothingChanged)
{
    addUsualPath();
    const auto supervisorBefore = step(supervisorId);
    const auto executiveBefore = step(executiveId);
    const auto entriesBefore = entryCount(caseId);
    // The database refuses the note entry, after both steps were already written.
    leverage::testing::refuseInserts(*ws, QStringLiteral("timeline_entries"));
    QSignalSpy changed(&ws.get(), &Workspace::escalationStepChanged);

    auto result = service.escalate(caseId);

    ASSERT_FALSE(result);
    EXPECT_FALSE(result.message().isEmpty());
    EXPECT_EQ(step(supervisorId), supervisorBefore);
    EXPECT_EQ(step(executiveId), executiveBefore);
    EXPECT_EQ(entryCount(caseId), entriesBefore);
    EXPECT_EQ(changed.count(), 0);
}

TEST_P(EscalationServiceTest, UndoRestoresStatusesAndRemovesTheNoteRedoPutsBothBack)
{
    addUsualPath();
    const auto entriesBefore = entryCount(caseId);
    auto result = service.escalate(caseId);
    ASSERT_TRUE(result);
    const auto noteId = result->note.meta.id;

    ASSERT_TRUE(service.undoEscalation(*result));
    EXPECT_EQ(step(supervisorId).status, EscalationStatus::Current);
    EXPECT_TRUE(step(supervisorId).doneAt.isNull());
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Planned);
    EXPECT_EQ(entryCount(caseId), entriesBefore);
    EXPECT_FALSE(ws->timeline().get(noteId));

    ASSERT_TRUE(service.redoEscalation(*result));
    EXPECT_EQ(step(supervisorId).status, EscalationStatus::Done);
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Current);
    auto note = ws->timeline().get(noteId);
    ASSERT_TRUE(note);
    EXPECT_EQ(note->summary, result->note.summary);
}

TEST_P(EscalationServiceTest, UsualClimbTemplateFillsAnEmptyPathAndRefusesAFullOne)
{
    auto steps = service.applyTemplate(caseId, EscalationTemplate::UsualClimb);
    ASSERT_TRUE(steps) << steps.message().toStdString();
    const QList<EscalationLevel> expected{
        EscalationLevel::FrontLine, EscalationLevel::Supervisor,
        EscalationLevel::Manager,   EscalationLevel::ExecutiveOffice,
        EscalationLevel::Regulator, EscalationLevel::SmallClaimsCourt};
    auto path = ws->escalation().forCase(caseId);
    ASSERT_TRUE(path);
    ASSERT_EQ(path->size(), expected.size());
    for (int i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(path->at(i).level, expected.at(i));
        EXPECT_EQ(path->at(i).position, i);
        EXPECT_EQ(path->at(i).status, EscalationStatus::Planned);
    }
    // Inside the company the target is the case's organization; outside it is left open.
    EXPECT_EQ(path->at(0).organizationId, organizationId);
    EXPECT_EQ(path->at(4).organizationId, 0);
    EXPECT_EQ(service.targets().describe(path->at(1)),
              QStringLiteral("Supervisor (Atlas Airways)"));

    auto again = service.applyTemplate(caseId, EscalationTemplate::UsualClimb);
    EXPECT_FALSE(again);
    EXPECT_EQ(pathIds(caseId).size(), expected.size());

    auto empty = service.applyTemplate(otherCaseId, EscalationTemplate::Empty);
    ASSERT_TRUE(empty);
    EXPECT_TRUE(empty->isEmpty());
    EXPECT_TRUE(pathIds(otherCaseId).isEmpty());
}

TEST_P(EscalationServiceTest, TargetsNameContactsOrganizationsAndFreeText)
{
    addUsualPath();
    EXPECT_EQ(service.targets().of(step(supervisorId)).name, QStringLiteral("Tanya Brooks"));
    EXPECT_EQ(service.targets().of(step(supervisorId)).position,
              QStringLiteral("Refunds Supervisor"));
    EXPECT_EQ(service.targets().of(step(supervisorId)).organization,
              QStringLiteral("Atlas Airways"));
    EXPECT_EQ(service.targets().describe(step(managerId)),
              QStringLiteral("Manager (Raymond Ortiz)"));
    EXPECT_EQ(service.targets().describe(step(executiveId)), QStringLiteral("Executive office"));
}

TEST_P(EscalationServiceTest, LevelReachedDatesFollowTheClimb)
{
    const auto first = addStep(caseId, EscalationLevel::FrontLine, kevinId);
    const auto second = addStep(caseId, EscalationLevel::Supervisor, tanyaId);
    const auto third = addStep(caseId, EscalationLevel::ExecutiveOffice, helenId);
    const auto started = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(service.escalate(caseId)); // starts at the front line
    ws.clock().advance(3 * 24 * 3600);
    const auto supervisorReached = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(service.escalate(caseId));
    ws.clock().advance(5 * 24 * 3600);
    const auto executiveReached = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(service.escalate(caseId));

    auto reached = service.levelReachedDates(caseId);
    ASSERT_TRUE(reached);
    ASSERT_EQ(reached->size(), 3);
    // Each level reached when the climb got there: recorded, not guessed.
    EXPECT_EQ(reached->at(0).stepId, first);
    EXPECT_EQ(reached->at(0).reachedAt, started);
    EXPECT_EQ(reached->at(0).doneAt, supervisorReached);
    EXPECT_EQ(reached->at(1).stepId, second);
    EXPECT_EQ(reached->at(1).reachedAt, supervisorReached);
    EXPECT_EQ(reached->at(1).doneAt, executiveReached);
    EXPECT_EQ(reached->at(2).stepId, third);
    EXPECT_EQ(reached->at(2).reachedAt, executiveReached);
    EXPECT_EQ(reached->at(2).status, EscalationStatus::Current);
    EXPECT_EQ(reached->at(2).description, QStringLiteral("Executive office (Helen Voss)"));
}

TEST_P(EscalationServiceTest, ACallWithAFrontLineRepReachesTheFirstLevel)
{
    const auto frontLine = addStep(caseId, EscalationLevel::FrontLine, 0);
    const auto supervisor = addStep(caseId, EscalationLevel::Supervisor, tanyaId);
    auto standing = service.standing(caseId);
    ASSERT_TRUE(standing);
    EXPECT_EQ(standing->at, -1) << "nothing on the timeline yet";
    EXPECT_EQ(standing->next, 0);

    TimelineEntry call;
    call.caseId = caseId;
    call.channel = Channel::Call;
    call.occurredAt = Instant::fromDateTime(ws.clock().now().addDays(-2));
    call.contactId = kevinId; // a front-line rep
    ASSERT_TRUE(ws->timeline().add(call));
    standing = service.standing(caseId);
    ASSERT_TRUE(standing);
    ASSERT_EQ(standing->at, 0);
    EXPECT_EQ(standing->levels.at(0).status, EscalationStatus::Current);
    EXPECT_EQ(standing->levels.at(0).reachedAt, call.occurredAt);
    EXPECT_EQ(standing->levels.at(0).reachedByEntry, call.meta.id);
    EXPECT_EQ(standing->next, 1);

    // Escalating keeps the call's moment for the first level and records its own for the next.
    EscalationService::Attempt attempt;
    attempt.channel = Channel::Email;
    auto climbed = service.escalate(caseId, attempt);
    ASSERT_TRUE(climbed) << climbed.message().toStdString();
    EXPECT_EQ(step(frontLine).status, EscalationStatus::Done);
    EXPECT_EQ(step(frontLine).reachedAt, call.occurredAt);
    EXPECT_EQ(step(supervisor).status, EscalationStatus::Current);
    EXPECT_EQ(step(supervisor).reachedAt, Instant::fromDateTime(ws.clock().now()));
    EXPECT_EQ(climbed->note.channel, Channel::Email);
    EXPECT_EQ(climbed->note.contactId, tanyaId);
    EXPECT_EQ(climbed->note.summary,
              QStringLiteral("Escalated from Front-line service to Supervisor (Tanya Brooks)"));

    // Undo puts the steps back as they were, the timeline's reach included.
    ASSERT_TRUE(service.undoEscalation(*climbed));
    EXPECT_EQ(step(frontLine).status, EscalationStatus::Planned);
    EXPECT_TRUE(step(frontLine).reachedAt.isNull());
    EXPECT_EQ(service.standing(caseId)->at, 0);
}

TEST_P(EscalationServiceTest, RemovingTheCurrentStepLeavesTheCaseAtTheLevelBefore)
{
    addStep(caseId, EscalationLevel::FrontLine, kevinId);
    const auto supervisor = addStep(caseId, EscalationLevel::Supervisor, tanyaId);
    addStep(caseId, EscalationLevel::Manager, 0);
    ASSERT_TRUE(service.escalate(caseId));
    ASSERT_TRUE(service.escalate(caseId));
    ASSERT_EQ(step(supervisor).status, EscalationStatus::Current);
    ASSERT_TRUE(service.removeSteps({supervisor}));
    auto standing = service.standing(caseId);
    ASSERT_TRUE(standing);
    EXPECT_EQ(standing->at, 0);
    EXPECT_EQ(standing->levels.at(0).status, EscalationStatus::Current);
    EXPECT_EQ(standing->next, 1);
}

TEST_P(EscalationServiceTest, InsertRemoveAndRestoreKeepTheOrder)
{
    addUsualPath();
    EscalationStep inserted;
    inserted.caseId = caseId;
    inserted.level = EscalationLevel::ExecutiveAssistant;
    ASSERT_TRUE(service.insertStep(inserted, 1));
    EXPECT_EQ(pathIds(caseId),
              (QList<RowId>{frontLineId, inserted.meta.id, supervisorId, managerId, executiveId}));

    const QList<EscalationStep> removed{step(frontLineId), step(managerId)};
    ASSERT_TRUE(service.removeSteps({frontLineId, managerId}));
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{inserted.meta.id, supervisorId, executiveId}));

    ASSERT_TRUE(service.restoreSteps(removed));
    EXPECT_EQ(pathIds(caseId),
              (QList<RowId>{frontLineId, inserted.meta.id, supervisorId, managerId, executiveId}));
    EXPECT_EQ(step(managerId).targetText, QStringLiteral("Raymond Ortiz"));
}

TEST_P(EscalationServiceTest, MakingALaterStepCurrentFinishesTheOldOne)
{
    addUsualPath();
    auto plan = service.planMakeCurrent(executiveId);
    ASSERT_TRUE(plan);
    ASSERT_TRUE(service.writeSteps(*plan));
    EXPECT_EQ(step(supervisorId).status, EscalationStatus::Done);
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Current);

    plan = service.planMakeCurrent(frontLineId);
    ASSERT_TRUE(plan);
    ASSERT_TRUE(service.writeSteps(*plan));
    EXPECT_EQ(step(frontLineId).status, EscalationStatus::Current);
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Planned);
}

TEST_P(EscalationServiceTest, StepForContactGuessesTheLevelFromThePosition)
{
    auto supervisor = service.stepForContact(caseId, tanyaId);
    ASSERT_TRUE(supervisor);
    EXPECT_EQ(supervisor->level, EscalationLevel::Supervisor);
    EXPECT_EQ(supervisor->contactId, tanyaId);
    EXPECT_EQ(supervisor->caseId, caseId);
    auto director = service.stepForContact(caseId, helenId);
    ASSERT_TRUE(director);
    EXPECT_EQ(director->level, EscalationLevel::ExecutiveOffice);
    EXPECT_FALSE(service.stepForContact(caseId, 9999));
}

TEST_P(EscalationServiceTest, UpdateFromACopyTakenBeforeAMoveIsRefusedNotWrittenBack)
{
    addUsualPath();
    auto stale = step(frontLineId); // position 0
    ASSERT_TRUE(ws->escalation().move(frontLineId, 3));
    stale.note = QStringLiteral("Agent promised a callback");
    auto status = ws->escalation().update(stale);
    EXPECT_EQ(status.code(), Error::Code::Conflict);
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{supervisorId, managerId, executiveId, frontLineId}));
    auto path = ws->escalation().forCase(caseId);
    ASSERT_TRUE(path);
    for (int i = 0; i < path->size(); ++i)
        EXPECT_EQ(path->at(i).position, i);
}

// Runs on both engines: a file and a team server.
INSTANTIATE_TEST_SUITE_P(Engines, EscalationServiceTest, leverage::testing::kEngines,
                         leverage::testing::engineName);
