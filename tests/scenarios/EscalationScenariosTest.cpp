// The escalation path and the gateway's record (issue 14), played on the real window with the
// keyboard alone, then checked in the store and in the dossier's text.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/contacts/GatewayRecord.h"
#include "core/domain/RatingScale.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/models/escalation/EscalationPathModel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QApplication>
#include <QComboBox>

namespace leverage::testing {
namespace {

using EscalationScenarios = Scenario;
using PathModel = models::EscalationPathModel;

const QString kTherapy = QStringLiteral("Physical therapy visits billed as out-of-network");

// The item texts of a combo box in the open dialog.
QStringList itemsOf(const QString &name)
{
    QStringList items;
    auto *dialog = QApplication::activeModalWidget();
    auto *box = dialog ? dialog->findChild<QComboBox *>(name) : nullptr;
    EXPECT_NE(box, nullptr) << name.toStdString();
    for (int i = 0; box && i < box->count(); ++i)
        items << box->itemText(i);
    return items;
}

QString currentOf(const QString &name)
{
    auto *dialog = QApplication::activeModalWidget();
    auto *box = dialog ? dialog->findChild<QComboBox *>(name) : nullptr;
    EXPECT_NE(box, nullptr) << name.toStdString();
    return box ? box->currentText() : QString();
}

// "Wed 11 Feb 2026" and "10:40 UTC-05:00", as the dossier prints a moment.
QString printedDay(const QDateTime &when)
{
    return QLocale::c().toString(when.date(), QStringLiteral("ddd d MMM yyyy"));
}
QString printedTime(const QDateTime &when)
{
    return when.toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC-05:00");
}

const TimelineEntry *firstCall(const QList<TimelineEntry> &entries)
{
    for (const auto &entry : entries)
        if (entry.channel == Channel::Call)
            return &entry;
    return nullptr;
}

// Scenario: "I called the front line, and now I go to the supervisor, by e-mail".
TEST_F(EscalationScenarios, TheFirstCallReachesTheFrontLineAndEscalateAsksWhomAndHow)
{
    // Given the therapy case, whose path was planned but never climbed by hand, and the call
    // with a front-line rep on its timeline
    givenTheDemoWorkspace();
    whenIOpenTheCase(kTherapy);
    const RowId therapy = caseTitled(kTherapy);
    auto entries = store().timeline().forCase(therapy);
    ASSERT_TRUE(entries);
    const auto *call = firstCall(*entries);
    ASSERT_NE(call, nullptr);
    const Instant callAt = call->occurredAt;

    // Then the path knows the front line was reached by that call
    auto *path = m_real.features().escalationPane()->model();
    ASSERT_EQ(path->currentRow(), 0) << "not \"Not started\"";
    EXPECT_EQ(path->index(0).data(PathModel::ReachedAtRole).toDateTime(), callAt.toLocalTime());
    EXPECT_EQ(path->nextRow(), 1);

    // When I press Escalate from the cases pane, the dialog proposes the supervisor, Carl
    // Jensen, by call; I choose e-mail
    const QDateTime firstClimb = m_clock.now();
    whenIPressAndThenInTheDialog(kEscalate, [this] {
        EXPECT_TRUE(currentOf(QStringLiteral("escalateTo")).contains(QStringLiteral("Supervisor")));
        EXPECT_TRUE(currentOf(QStringLiteral("person")).startsWith(QStringLiteral("Carl Jensen")));
        EXPECT_EQ(currentOf(QStringLiteral("channel")), QStringLiteral("Call"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_H));
        whenIPress(QKeySequence(Qt::Key_Down)); // E-mail
        whenIPress(kSubmit);
    });

    // Then the front line is done, reached at the call; the supervisor current, reached now;
    // and the e-mail to Carl Jensen is on the timeline
    auto steps = store().escalation().forCase(therapy);
    ASSERT_TRUE(steps);
    ASSERT_EQ(steps->size(), 3);
    EXPECT_EQ(steps->at(0).status, EscalationStatus::Done);
    EXPECT_EQ(steps->at(0).reachedAt, callAt);
    EXPECT_EQ(steps->at(0).doneAt.toDateTime(), firstClimb);
    EXPECT_EQ(steps->at(1).status, EscalationStatus::Current);
    EXPECT_EQ(steps->at(1).reachedAt.toDateTime(), firstClimb);
    const RowId carl = contactNamed(QStringLiteral("Carl Jensen"));
    EXPECT_EQ(steps->at(1).contactId, carl);
    entries = store().timeline().forCase(therapy);
    const auto &attempt = entries->last();
    EXPECT_EQ(attempt.channel, Channel::Email);
    EXPECT_EQ(attempt.contactId, carl);
    EXPECT_EQ(attempt.occurredAt.toDateTime(), firstClimb);
    EXPECT_EQ(attempt.summary, QStringLiteral("Escalated to Carl Jensen (Supervisor)"));

    // When two days pass and I escalate again, to the manager, by call
    whenTimePasses(2 * 24 * 3600);
    const QDateTime secondClimb = m_clock.now();
    whenIPressAndThenInTheDialog(kEscalate, [this] {
        EXPECT_TRUE(currentOf(QStringLiteral("escalateTo")).contains(QStringLiteral("Manager")));
        whenIPress(kSubmit);
    });

    // Then each level keeps its own dates, and the dossier prints them exactly
    steps = store().escalation().forCase(therapy);
    EXPECT_EQ(steps->at(1).status, EscalationStatus::Done);
    EXPECT_EQ(steps->at(1).reachedAt.toDateTime(), firstClimb);
    EXPECT_EQ(steps->at(1).doneAt.toDateTime(), secondClimb);
    EXPECT_EQ(steps->at(2).status, EscalationStatus::Current);
    EXPECT_EQ(steps->at(2).reachedAt.toDateTime(), secondClimb);
    const QString dossier = dossierText(therapy);
    const QDateTime callLocal = callAt.toDateTime();
    for (const auto &moment : {callLocal, firstClimb, secondClimb}) {
        EXPECT_TRUE(dossier.contains(printedDay(moment))) << printedDay(moment).toStdString();
        EXPECT_TRUE(dossier.contains(printedTime(moment))) << printedTime(moment).toStdString();
    }
    // Each level done at its own climb, to the minute (the day over the time, in its cell).
    for (const auto &done : {firstClimb, secondClimb})
        EXPECT_TRUE(dossier.contains(
            QStringLiteral("done %1\n%2").arg(printedDay(done), printedTime(done))))
            << printedDay(done).toStdString() << "\n"
            << dossier.toStdString();
    EXPECT_FALSE(dossier.contains(QStringLiteral("Started the escalation path")));
}

// Scenario: "the chief of staff's promise came and went: escalate to the regulator".
TEST_F(EscalationScenarios, EscalateAfterABrokenPromiseOpensTheEscalateDialog)
{
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("MRI claim denied as \"not pre-authorised\"");
    const RowId mri = caseTitled(title);
    const auto entriesBefore = store().timeline().forCase(mri)->size();

    // When I mark the VP review broken in the ledger and choose Escalate… in the prompt
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_6));
    whenIType(QStringLiteral("A claims VP will review"));
    whenIPressAndThenInTheDialogs(
        QKeySequence(Qt::ALT | Qt::Key_B),
        {[this] {
             whenIType(QStringLiteral("No review after two weeks."));
             whenIPress(kSubmit);
         },
         [this] {
             // What next: Escalate… (the button after the default one). Its Alt+E does not
             // reach the box under QTest here, as no mnemonic of this prompt does.
             whenIPress(QKeySequence(Qt::Key_Tab));
             whenIPress(QKeySequence(Qt::Key_Space));
         },
         [this] {
             // Then the Escalate dialog asks: the regulator's case officer, by call
             EXPECT_TRUE(
                 currentOf(QStringLiteral("escalateTo")).contains(QStringLiteral("Regulator")));
             whenIPress(QKeySequence(Qt::ALT | Qt::Key_H));
             whenIPress(QKeySequence(Qt::Key_Down)); // E-mail
             whenIPress(kSubmit);
         }});

    // Then the case stands at the regulator, and the e-mail is on the timeline
    auto steps = store().escalation().forCase(mri);
    ASSERT_TRUE(steps);
    EXPECT_EQ(steps->last().level, EscalationLevel::Regulator);
    EXPECT_EQ(steps->last().status, EscalationStatus::Current);
    EXPECT_EQ(steps->last().reachedAt.toDateTime(), m_clock.now());
    auto entries = store().timeline().forCase(mri);
    ASSERT_EQ(entries->size(), entriesBefore + 1);
    EXPECT_EQ(entries->last().channel, Channel::Email);
    EXPECT_EQ(entries->last().contactId, steps->last().contactId);
    EXPECT_EQ(m_real.window().currentCaseId(), mri);
}

// Scenario: "I remove the step the case stands on: it stands where it was before".
TEST_F(EscalationScenarios, RemovingTheCurrentStepLeavesTheLevelBefore)
{
    // Given the therapy case escalated to the supervisor
    givenTheDemoWorkspace();
    whenIOpenTheCase(kTherapy);
    const RowId therapy = caseTitled(kTherapy);
    whenIPressAndThenInTheDialog(kEscalate, [this] { whenIPress(kSubmit); });
    auto *pane = m_real.features().escalationPane();
    ASSERT_EQ(pane->model()->currentRow(), 1);

    // When I go to the path, select the supervisor's step and delete it
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_4));
    whenIPress(QKeySequence(Qt::Key_Down));
    whenIPress(QKeySequence::Delete);
    auto steps = store().escalation().forCase(therapy);
    ASSERT_TRUE(steps);
    ASSERT_EQ(steps->size(), 2);

    // Then the case stands at the front line again, not "Not started"
    EXPECT_EQ(pane->model()->currentRow(), 0);
    EXPECT_EQ(pane->model()->nextRow(), 1);
    EXPECT_TRUE(pane->whereText().startsWith(QStringLiteral("Now at: Front-line service")))
        << pane->whereText().toStdString();

    // And Escalate goes on from there, to the manager
    whenIPressAndThenInTheDialog(kEscalate, [this] { whenIPress(kSubmit); });
    steps = store().escalation().forCase(therapy);
    EXPECT_EQ(steps->at(0).status, EscalationStatus::Done);
    EXPECT_EQ(steps->at(1).level, EscalationLevel::Manager);
    EXPECT_EQ(steps->at(1).status, EscalationStatus::Current);
    EXPECT_EQ(store().timeline().forCase(therapy)->last().summary,
              QStringLiteral("Escalated to Manager"));
}

// Scenario: "who is Priya to me?": helped on the MRI claim, not on physical therapy.
TEST_F(EscalationScenarios, TheTrackRecordNamesTheCasesInOrder)
{
    givenTheDemoWorkspace();
    // When I find Priya Nandakumar in the gateways and open her page
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_8));
    whenIType(QStringLiteral("Priya"));
    whenIPress(QKeySequence(Qt::Key_Return));

    // Then her track record counts cases, names them in order, and says what its label means
    const QString text = m_real.features().contactPagePane()->history()->trackRecordText();
    EXPECT_TRUE(text.contains(QStringLiteral("helped in 1 of 2 cases"))) << text.toStdString();
    const auto mri = text.indexOf(QStringLiteral("helped on “MRI claim"));
    const auto therapy = text.indexOf(QStringLiteral("did not help on “Physical therapy"));
    EXPECT_GE(mri, 0) << text.toStdString();
    EXPECT_GT(therapy, mri) << "in the order she took part in them";
    EXPECT_TRUE(text.contains(trackVerdictExplanation(TrackVerdict::OneAndDone)));
    EXPECT_FALSE(text.contains(QStringLiteral("of 5 on average")));
}

// Scenario: "I rate how helpful someone was": the same scale in the entry and end-call dialogs.
TEST_F(EscalationScenarios, HelpfulnessReadsTheSameInEveryDialog)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(kTherapy);
    QStringList inEntry;
    whenIPressAndThenInTheDialog(m_real.window().actions().newEntry->shortcut(), [&] {
        inEntry = itemsOf(QStringLiteral("helpfulness"));
        whenIPress(QKeySequence(Qt::Key_Escape));
    });
    QStringList inEndCall;
    whenIPress(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_W));
    whenIType(QStringLiteral("Carl Jensen — Claims Supervisor"));
    whenIPress(QKeySequence(Qt::Key_Return));
    whenIPressAndThenInTheDialog(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [&] {
        inEndCall = itemsOf(QStringLiteral("helpfulness0"));
        whenIType(QStringLiteral("Carl will look at it"));
        whenIPress(kSubmit);
    });
    ASSERT_EQ(inEntry.size(), 6);
    EXPECT_EQ(inEntry, inEndCall);
    EXPECT_EQ(inEntry.at(5), ratingLabel(RatingScale::Helpfulness, 5));
}

} // namespace
} // namespace leverage::testing
