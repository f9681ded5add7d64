// Situations from the field notes, played on the real window with the keyboard alone, then
// checked in the store and in the dossier a regulator would read.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/contacts/ContactHistory.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

namespace leverage::testing {
namespace {

using FieldScenarios = Scenario;

// Scenario: "a rep promises a refund on the phone, and the date comes and goes".
TEST_F(FieldScenarios, ARepPromisesARefundOnTheCallAndBreaksThePromise)
{
    // Given the demo workspace, and the dishwasher case with Harbor Home & Appliance open
    givenTheDemoWorkspace();
    const QString title = kDishwasher;
    whenIOpenTheCase(title);
    const RowId dishwasher = caseTitled(title);

    // When I call, speak with Amber Cole and note what she says
    whenIPress(kStartCall);
    ASSERT_TRUE(m_real.features().callNotesPane()->isCallLive());
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_W));
    whenIType(QStringLiteral("Amber Cole — Customer Service Associate"));
    whenIPress(QKeySequence(Qt::Key_Return));
    whenIPress(kStartCall); // during a call: back to the notes
    whenIType(QStringLiteral("Amber confirms the delivery fee will be refunded."));

    // And she promises the refund within five business days
    whenIPressAndThenInTheDialog(kPromise, [this] {
        whenIType(QStringLiteral("Refund the $89 delivery fee"));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_D));
        whenIPress(QKeySequence(Qt::Key_Down)); // in 3 business days
        whenIPress(QKeySequence(Qt::Key_Down)); // in 5 business days
        whenIPress(kSubmit);
    });
    // And I file the call
    whenIPressAndThenInTheDialog(kEndCall, [this] {
        whenIType(QStringLiteral("Refund of the delivery fee promised"));
        whenIPress(kSubmit);
    });
    ASSERT_FALSE(m_real.features().callNotesPane()->isCallLive());

    // Then the promise is on record, by Amber Cole, due in five business days
    auto promises = store().commitments().forCase(dishwasher);
    ASSERT_TRUE(promises);
    const auto promise = std::find_if(promises->begin(), promises->end(), [](const Commitment &c) {
        return c.what == QStringLiteral("Refund the $89 delivery fee");
    });
    ASSERT_NE(promise, promises->end()) << "the promise was filed";
    auto amber = store().contacts().get(promise->contactId);
    ASSERT_TRUE(amber);
    EXPECT_EQ(amber->name, QStringLiteral("Amber Cole"));
    EXPECT_EQ(promise->status, CommitmentStatus::Pending);
    // Monday 2 March 09:00 plus five business days: Monday 9 March.
    EXPECT_EQ(promise->dueAt.toDateTime().date(), QDate(2026, 3, 9));

    // When eight days pass without the refund, and I mark the promise broken in the ledger
    whenTimePasses(8 * 24 * 3600);
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_6));
    whenIType(QStringLiteral("Refund the $89"));
    whenIPressAndThenInTheDialogs(
        QKeySequence(Qt::ALT | Qt::Key_B),
        {[this] {
             whenIType(QStringLiteral("No refund on the statement."));
             whenIPress(kSubmit); // Return would only start a new line
         },
         [this] { whenIPress(QKeySequence(Qt::Key_Escape)); }}); // what next: neither

    // Then the store and the dossier say that Amber Cole's promise was broken
    const auto settled = store().commitments().get(promise->meta.id);
    ASSERT_TRUE(settled);
    EXPECT_EQ(settled->status, CommitmentStatus::Broken);
    EXPECT_EQ(settled->statusNote, QStringLiteral("No refund on the statement."));
    const QString dossier = dossierText(dishwasher);
    EXPECT_TRUE(dossier.contains(QStringLiteral("Refund the $89 delivery fee")));
    EXPECT_TRUE(dossier.contains(QStringLiteral("Amber Cole")));
    EXPECT_TRUE(dossier.contains(QStringLiteral("BROKEN"), Qt::CaseInsensitive));
}

// Scenario: "the installer's dispatcher stops answering; the user learns that the store's
// executive office has the power, moves it up the path and climbs to it".
TEST_F(FieldScenarios, AnEscalationPathIsReorderedAndClimbed)
{
    // Given the dishwasher case, where the case stands at the installer's dispatcher
    givenTheDemoWorkspace();
    const QString title = kDishwasher;
    whenIOpenTheCase(title);
    const RowId dishwasher = caseTitled(title);
    const auto entriesBefore = store().timeline().forCase(dishwasher)->size();

    // When I go to the escalation path, move the executive office above the manager
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_4));
    // The cursor starts on the first step (front line): down past the third party and the
    // manager to the executive office.
    for (int row = 0; row < 3; ++row)
        whenIPress(QKeySequence(Qt::Key_Down));
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_Up));
    // And escalate, to the person and by the channel the dialog proposes
    whenIPressAndThenInTheDialog(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
                                 [this] { whenIPress(kSubmit); });

    // Then the path says the dispatcher's level is done and the executive office current
    auto path = store().escalation().forCase(dishwasher);
    ASSERT_TRUE(path);
    ASSERT_EQ(path->size(), 5);
    EXPECT_EQ(path->at(1).level, EscalationLevel::ThirdParty);
    EXPECT_EQ(path->at(1).status, EscalationStatus::Done);
    EXPECT_EQ(path->at(1).doneAt.toDateTime(), m_clock.now()) << "done when the climb happened";
    EXPECT_EQ(path->at(2).level, EscalationLevel::ExecutiveOffice);
    EXPECT_EQ(path->at(2).status, EscalationStatus::Current);
    EXPECT_EQ(path->at(3).level, EscalationLevel::Manager);
    EXPECT_EQ(path->at(3).status, EscalationStatus::Planned);
    // And the climb is on the timeline, and in the dossier with the executive's name
    EXPECT_EQ(store().timeline().forCase(dishwasher)->size(), entriesBefore + 1);
    const QString dossier = dossierText(dishwasher);
    EXPECT_TRUE(dossier.contains(QStringLiteral("Sandra Whitfield")));

    // When I undo twice, the climb and the move are taken back
    whenIPress(QKeySequence::Undo);
    whenIPress(QKeySequence::Undo);
    path = store().escalation().forCase(dishwasher);
    EXPECT_EQ(path->at(1).status, EscalationStatus::Current);
    EXPECT_EQ(path->at(2).level, EscalationLevel::Manager);
    EXPECT_EQ(store().timeline().forCase(dishwasher)->size(), entriesBefore);
}

// Scenario: "a gateway found on one case is reused on the next": Naomi Park, the Crestlink
// manager who got the DSL line fixed, is called first when a billing error comes up.
TEST_F(FieldScenarios, AGatewayFromAnEarlierCaseIsCalledOnANewOne)
{
    givenTheDemoWorkspace();
    const auto naomiBefore =
        ContactHistory(store()).entries(contactNamed(QStringLiteral("Naomi Park")));
    ASSERT_TRUE(naomiBefore);

    // When I open a new case with Crestlink
    const QString title = QStringLiteral("Billing error on the March invoice");
    whenIPressAndThenInTheDialog(m_real.window().actions().newCase->shortcut(), [&] {
        whenIType(title);
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_O)); // the organization
        whenIType(QStringLiteral("Crest"));
        whenIPress(kSubmit);
    });
    const RowId billing = caseTitled(title);
    ASSERT_GT(billing, 0) << "the case was created";
    EXPECT_EQ(m_real.window().currentCaseId(), billing);

    // And go to the gateways, find Naomi Park and call her from there
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_8));
    whenIType(QStringLiteral("Naomi"));
    whenIPress(kStartCall);
    ASSERT_TRUE(m_real.features().callNotesPane()->isCallLive());
    whenIType(QStringLiteral("Naomi will have billing correct the invoice today."));
    whenIPressAndThenInTheDialog(kEndCall, [this] {
        whenIType(QStringLiteral("Naomi routed it to billing"));
        whenIPress(kSubmit);
    });

    // Then the call is on the new case with her, and her history spans both cases
    auto entries = store().timeline().forCase(billing);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    const RowId naomi = contactNamed(QStringLiteral("Naomi Park"));
    EXPECT_EQ(entries->first().contactId, naomi);
    const auto naomiAfter = ContactHistory(store()).entries(naomi);
    ASSERT_TRUE(naomiAfter);
    EXPECT_EQ(naomiAfter->size(), naomiBefore->size() + 1);
}

} // namespace
} // namespace leverage::testing
