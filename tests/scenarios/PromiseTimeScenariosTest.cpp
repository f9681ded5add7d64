// Issue 14, "Time" and "Who": promises and callbacks as they are said on the phone ("within 48
// hours", "the supervisor calls back Thursday between 2 and 4 pm"), played on the real window
// with the keyboard alone, then read back from the store, the agenda, the ledger, the calendar
// file and the dossier.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/ledger/DueText.h"
#include "core/ledger/IcsExporter.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/models/ledger/AgendaModel.h"
#include "ui/models/ledger/LedgerModel.h"
#include "ui/window/MainWindow.h"

namespace leverage::testing {
namespace {

using PromiseTimeScenarios = Scenario;

Instant thursday(int hour)
{
    return Instant::fromDateTime(
        QDateTime(QDate(2026, 3, 5), QTime(hour, 0), Qt::OffsetFromUTC, -5 * 3600));
}

const Commitment *findPromise(const QList<Commitment> &all, const QString &what)
{
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&what](const Commitment &c) { return c.what == what; });
    return it == all.end() ? nullptr : &*it;
}

} // namespace

// Scenario: "Amber Cole says her supervisor, Nadia Brooks, is not in and will call back
// Thursday between 2 and 4 pm, on her direct line".
TEST_F(PromiseTimeScenarios, TheSupervisorWhoIsNotInCallsBackInAWindow)
{
    // Given the demo workspace and the dishwasher case, on a call with Amber Cole
    givenTheDemoWorkspace();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    whenIPress(kStartCall);
    ASSERT_TRUE(m_real.features().callNotesPane()->isCallLive());
    whenIPress(alt(Qt::Key_W));
    whenIType(QStringLiteral("Amber Cole — Customer Service Associate"));
    whenIPress(QKeySequence(Qt::Key_Return));
    // When I note the supervisor's name and direct line in the call's header
    whenIPress(alt(Qt::Key_U));
    whenIType(QStringLiteral("Nadia Brooks"));
    whenIPress(QKeySequence(Qt::Key_Tab));
    whenIType(QStringLiteral("+1 617 555 0177"));
    whenIPress(kStartCall); // back to the notes
    // And Amber promises the callback: Nadia will act, Thursday 14:00–16:00
    whenIPressAndThenInTheDialog(kFollowUp, [this] {
        whenIType(QStringLiteral("Nadia Brooks calls back"));
        whenIPress(alt(Qt::Key_H)); // who will act: Me, Amber Cole, Nadia Brooks (supervisor)
        whenIPress(QKeySequence(Qt::Key_End));
        whenIPress(alt(Qt::Key_D)); // at a time → between two times
        whenIPress(QKeySequence(Qt::Key_Down));
        whenIPress(alt(Qt::Key_A)); // the date: Tuesday 3 → Thursday 5 March
        whenIPress(QKeySequence(Qt::Key_Up));
        whenIPress(QKeySequence(Qt::Key_Up));
        whenIPress(alt(Qt::Key_F));
        whenIType(QStringLiteral("14:00"));
        whenIPress(alt(Qt::Key_N));
        whenIType(QStringLiteral("16:00"));
        whenIPress(kSubmit);
    });
    // And a call of my own to the installer, kept as my follow-up although Amber named it
    whenIPressAndThenInTheDialog(kFollowUp, [this] {
        whenIType(QStringLiteral("Ask Amber for the installer's work order"));
        whenIPress(alt(Qt::Key_H));
        whenIPress(QKeySequence(Qt::Key_Down)); // Amber Cole
        whenIPress(QKeySequence(Qt::Key_Tab));  // "they promised it": no, my follow-up
        whenIPress(QKeySequence(Qt::Key_Space));
        whenIPress(kSubmit);
    });
    whenIPressAndThenInTheDialog(kEndCall, [this] {
        whenIType(QStringLiteral("Supervisor not in; callback Thursday 2-4 pm"));
        whenIPress(kSubmit);
    });
    ASSERT_FALSE(m_real.features().callNotesPane()->isCallLive());

    // Then Nadia Brooks is a contact of Harbor, with her direct line, and Amber reports to her
    const RowId nadiaId = contactNamed(QStringLiteral("Nadia Brooks"));
    ASSERT_GT(nadiaId, 0);
    const auto nadia = store().contacts().get(nadiaId);
    const auto amber = store().contacts().get(contactNamed(QStringLiteral("Amber Cole")));
    ASSERT_TRUE(nadia && amber);
    EXPECT_EQ(nadia->directLine, QStringLiteral("+1 617 555 0177"));
    EXPECT_EQ(nadia->organizationId, amber->organizationId);
    EXPECT_EQ(amber->supervisorId, nadiaId);

    // And the callback is Amber's commitment that Nadia will act on, in the window
    const auto promises = store().commitments().forCase(dishwasher);
    ASSERT_TRUE(promises);
    const auto *callback = findPromise(*promises, QStringLiteral("Nadia Brooks calls back"));
    ASSERT_NE(callback, nullptr) << "the callback counts as a commitment";
    EXPECT_EQ(callback->contactId, amber->meta.id);
    EXPECT_EQ(callback->actorId, nadiaId);
    EXPECT_EQ(callback->due(), DueWindow::window(thursday(14), thursday(16)));
    EXPECT_EQ(findPromise(*promises, QStringLiteral("Ask Amber for the installer's work order")),
              nullptr)
        << "kept as my own follow-up";
    // And the agenda expects it from Nadia, not from Amber; my own follow-up is with Amber
    const auto followUps = store().followUps().forCase(dishwasher);
    ASSERT_TRUE(followUps);
    const auto expected =
        std::find_if(followUps->begin(), followUps->end(),
                     [callback](const FollowUp &f) { return f.commitmentId == callback->meta.id; });
    ASSERT_NE(expected, followUps->end());
    EXPECT_EQ(expected->contactId, nadiaId);
    EXPECT_EQ(expected->due(), callback->due());

    // When Thursday 14:30 comes, inside the window
    whenTimePasses(3 * 24 * 3600 + 5 * 3600 + 30 * 60);
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_6)); // the ledger
    auto *agenda = m_real.features().agendaPane();
    agenda->model()->ensureLoaded();
    agenda->refresh();
    // Then the agenda says "due now", with Nadia, and nothing of it is overdue
    const auto *model = agenda->model();
    const auto at = model->indexOf(expected->meta.id);
    ASSERT_TRUE(at.isValid());
    EXPECT_EQ(model->followUpAt(at)->meta.id, expected->meta.id);
    EXPECT_TRUE(
        model->index(at.parent().row(), 0).data().toString().startsWith(QStringLiteral("Due now")));
    EXPECT_EQ(model->index(at.row(), models::AgendaModel::With, at.parent()).data().toString(),
              QStringLiteral("Nadia Brooks"));
    auto *ledger = m_real.features().ledgerPane()->model();
    ledger->reload();
    const int row = ledger->rowOf(callback->meta.id);
    ASSERT_GE(row, 0);
    const QString due = ledger->index(row, models::LedgerModel::Due).data().toString();
    EXPECT_TRUE(due.endsWith(QStringLiteral("due now"))) << due.toStdString();
    EXPECT_TRUE(ledger->index(row, models::LedgerModel::MadeBy)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Nadia Brooks will act")));

    // And the calendar event ends with the window and warns before it opens
    const auto ics = IcsExporter(store()).build();
    ASSERT_TRUE(ics);
    const QString calendar = QString::fromUtf8(*ics);
    EXPECT_TRUE(calendar.contains(QStringLiteral("DTSTART:20260305T190000Z")));
    EXPECT_TRUE(calendar.contains(QStringLiteral("DTEND:20260305T210000Z")));
    EXPECT_TRUE(calendar.contains(QStringLiteral("TRIGGER:-PT15M")));

    // And the dossier shows the window and who will act
    const QString dossier = dossierText(dishwasher);
    EXPECT_TRUE(dossier.contains(QStringLiteral("14:00\u201316:00"))) << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Nadia Brooks will act")));

    // When 16:01 comes and nobody called, it is overdue
    whenTimePasses(91 * 60);
    agenda->refresh();
    const auto late = model->indexOf(expected->meta.id);
    ASSERT_TRUE(late.isValid());
    EXPECT_TRUE(model->index(late.parent().row(), 0)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Overdue")));
}

// Scenario: "on a call at 09:12 the rep promises a decision within 48 hours; later the user
// corrects it to a date alone".
TEST_F(PromiseTimeScenarios, APromiseWithin48HoursIsComputedAndAnEditKeepsTheNotesRight)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    whenTimePasses(12 * 60); // 09:12
    whenIPress(kStartCall);
    whenIPress(alt(Qt::Key_W));
    whenIType(QStringLiteral("Amber Cole — Customer Service Associate"));
    whenIPress(QKeySequence(Qt::Key_Return));
    whenIPress(kStartCall);
    // When Amber promises a decision within 48 hours
    whenIPressAndThenInTheDialog(kPromise, [this] {
        whenIType(QStringLiteral("Decide on the replacement"));
        whenIPress(alt(Qt::Key_D));
        whenIPress(QKeySequence(Qt::Key_End)); // within hours or days of the call
        whenIPress(alt(Qt::Key_T));            // how many hours
        EXPECT_EQ(focusWidget()->objectName(), QStringLiteral("within"));
        whenIPress(QKeySequence(QKeySequence::SelectAll));
        whenIType(QStringLiteral("48"));
        whenIPress(kSubmit);
    });
    whenIPressAndThenInTheDialog(kEndCall, [this] {
        whenIType(QStringLiteral("Decision promised within 48 hours"));
        whenIPress(kSubmit);
    });

    // Then it is due 48 hours after the call, Wednesday 09:12, and said so
    auto promises = store().commitments().forCase(dishwasher);
    ASSERT_TRUE(promises);
    const auto *promise = findPromise(*promises, QStringLiteral("Decide on the replacement"));
    ASSERT_NE(promise, nullptr);
    EXPECT_EQ(promise->dueForm, DueForm::Within);
    EXPECT_EQ(promise->dueWithinMinutes, 48 * 60);
    EXPECT_EQ(promise->dueAt.toDateTime(),
              QDateTime(QDate(2026, 3, 4), QTime(9, 12), Qt::OffsetFromUTC, -5 * 3600));
    const auto entry = store().timeline().get(promise->entryId);
    ASSERT_TRUE(entry);
    EXPECT_TRUE(entry->notes.contains(QStringLiteral("within 48 hours \u2014 by Wed 4 Mar, 09:12")))
        << entry->notes.toStdString();
    EXPECT_TRUE(dossierText(dishwasher).contains(QStringLiteral("within 48 hours")));
    const RowId promiseId = promise->meta.id;

    // When I edit the commitment: only a date, Thursday 5 March (by the end of that day)
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_2)); // the case's timeline
    whenIPress(alt(Qt::Key_M));                     // its commitments
    whenIType(QStringLiteral("Decide"));
    whenIPressAndThenInTheDialog(QKeySequence(Qt::Key_F2), [this] {
        whenIPress(alt(Qt::Key_D));
        whenIPress(QKeySequence(Qt::Key_Home)); // on a date, by end of day
        whenIPress(alt(Qt::Key_A));
        whenIPress(QKeySequence(Qt::Key_Up)); // the day it was due (Wed 4) and one more
        whenIPress(kSubmit);
    });

    // Then the store, the call's PROMISE line and the dossier all say "by end of Thu 5 Mar"
    const auto edited = store().commitments().get(promiseId);
    ASSERT_TRUE(edited);
    EXPECT_EQ(edited->dueForm, DueForm::EndOfDay);
    EXPECT_EQ(edited->dueAt.toDateTime(),
              QDateTime(QDate(2026, 3, 5), QTime(23, 59), Qt::OffsetFromUTC, -5 * 3600));
    const auto notes = store().timeline().get(edited->entryId)->notes;
    EXPECT_TRUE(notes.contains(QStringLiteral(", due by end of Thu 5 Mar"))) << notes.toStdString();
    EXPECT_FALSE(notes.contains(QStringLiteral("within 48 hours")));
    const QString dossier = dossierText(dishwasher);
    // The column wraps the words; read them as one line.
    EXPECT_TRUE(dossier.simplified().contains(QStringLiteral("by end of Thu 5 Mar 2026")))
        << dossier.toStdString();

    // And Undo puts the promise and its line back as they were
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(store().commitments().get(promiseId)->dueForm, DueForm::Within);
    EXPECT_TRUE(
        store().timeline().get(edited->entryId)->notes.contains(QStringLiteral("within 48 hours")));
}

} // namespace leverage::testing
