// The case form by keyboard alone: Tab goes through the fields in order and never types into
// "Opened"; a new organization is typed right in the form; Esc asks before typed content goes;
// the organization chosen in the Contacts pane is preselected.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/CaseRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "ui/cases/CaseDialog.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/contacts/OrganizationPicker.h"
#include "ui/window/MainWindow.h"
#include "ui/window/MainWindowActions.h"

#include <QApplication>
#include <QMessageBox>
#include <QTest>
#include <QTimer>

namespace leverage::testing {
namespace {

using DialogKeys = Scenario;

TEST_F(DialogKeys, TabbingThroughNewCaseInOrderTypesEachFieldAndNeverChangesOpened)
{
    givenAnEmptyWorkspace();
    ASSERT_EQ(m_real.window().actions().newCase->shortcut(), kNewCase);
    const QDateTime opened = m_clock.now();

    whenIPressAndThenInTheDialog(kNewCase, [&] {
        whenIType(QStringLiteral("Refund for the cancelled order"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Northwind Telecom")); // not in the workspace yet
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("ORD-4471"));
        whenIPress(QKeySequence(Qt::Key_Tab)); // status stays Open
        whenIPress(QKeySequence(Qt::Key_Tab)); // onto Opened …
        whenIPress(QKeySequence(Qt::Key_Tab)); // … and straight out of it
        whenIType(QStringLiteral("A refund of 120 by 12 February 2026 04:00"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Nothing yet"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("120"));
        whenIPress(QKeySequence(Qt::Key_Tab)); // past what was recovered: the outcome's items

        whenIType(QStringLiteral("eur"));
        whenIPress(kSubmit);
    });

    const RowId caseId = caseTitled(QStringLiteral("Refund for the cancelled order"));
    ASSERT_GT(caseId, 0);
    const auto stored = store().cases().get(caseId);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->openedAt.utcMs, opened.toMSecsSinceEpoch()) << "Opened kept its value";
    EXPECT_EQ(stored->reference, QStringLiteral("ORD-4471"));
    EXPECT_EQ(stored->desiredOutcome, QStringLiteral("A refund of 120 by 12 February 2026 04:00"));
    EXPECT_EQ(stored->outcome, QStringLiteral("Nothing yet"));
    EXPECT_EQ(stored->amountSoughtCents, 12000);
    EXPECT_EQ(stored->amountRecoveredCents, 0); // recorded with the outcome, item by item
    EXPECT_EQ(stored->currency, QStringLiteral("EUR"));
    const auto organization =
        store().organizations().findByName(QStringLiteral("Northwind Telecom"));
    ASSERT_TRUE(organization);
    ASSERT_TRUE(organization->has_value()) << "the typed organization was made with the case";
    EXPECT_EQ(stored->organizationId, (*organization)->meta.id);

    // One step: undo takes the case and the organization made with it.
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(caseTitled(QStringLiteral("Refund for the cancelled order")), 0);
    EXPECT_EQ(*store().organizations().count(), 0);
    whenIPress(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    EXPECT_EQ(caseTitled(QStringLiteral("Refund for the cancelled order")), caseId);
    EXPECT_EQ(*store().organizations().count(), 1);
}

TEST_F(DialogKeys, EscOnAnUnchangedNewCaseClosesAtOnce)
{
    givenAnEmptyWorkspace();
    whenIPressAndThenInTheDialog(kNewCase, [&] { whenIPress(QKeySequence(Qt::Key_Escape)); });
    EXPECT_EQ(*store().cases().count({}), 0);
}

// The question a form asks comes up inside the form's key handling (a nested event loop): it
// is answered from a timer of its own. `asked` gets its text.
void answerTheQuestion(Qt::Key key, Qt::KeyboardModifiers modifiers, QString *asked)
{
    auto *poll = new QTimer;
    poll->setInterval(5);
    QObject::connect(poll, &QTimer::timeout, poll, [=] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        poll->stop();
        poll->deleteLater();
        *asked = box->text();
        QApplication::setActiveWindow(box);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : box, key,
                        modifiers);
    });
    poll->start();
}

TEST_F(DialogKeys, EscAfterTypingAsksAndKeepEditingLosesNothing)
{
    givenAnEmptyWorkspace();
    QString asked;
    whenIPressAndThenInTheDialog(kNewCase, [&] {
        QWidget *form = QApplication::activeModalWidget();
        whenIType(QStringLiteral("Washer delivered broken"));
        answerTheQuestion(Qt::Key_Escape, Qt::NoModifier, &asked); // Keep editing
        whenIPress(QKeySequence(Qt::Key_Escape));
        ASSERT_TRUE(form->isVisible()) << "the form stayed open";
        QApplication::setActiveWindow(form);
        whenIPress(kSubmit);
    });
    EXPECT_EQ(asked, QStringLiteral("Discard this new case?"));
    EXPECT_GT(caseTitled(QStringLiteral("Washer delivered broken")), 0) << "nothing typed was lost";
}

TEST_F(DialogKeys, EscAfterTypingThenDiscardKeepsNothing)
{
    givenAnEmptyWorkspace();
    QString asked;
    whenIPressAndThenInTheDialog(kNewCase, [&] {
        whenIType(QStringLiteral("Washer delivered broken"));
        answerTheQuestion(Qt::Key_D, Qt::AltModifier, &asked); // &Discard
        whenIPress(QKeySequence(Qt::Key_Escape));
    });
    EXPECT_EQ(asked, QStringLiteral("Discard this new case?"));
    EXPECT_EQ(*store().cases().count({}), 0);
}

TEST_F(DialogKeys, NewCasePreselectsTheOrganizationChosenInTheContactsPane)
{
    givenTheDemoWorkspace();
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_3)); // the Contacts tree
    whenIPress(QKeySequence(Qt::Key_Down));
    const RowId chosen = m_real.window().contactsPane()->currentOrganizationId();
    ASSERT_GT(chosen, 0);
    RowId preselected = 0;
    whenIPressAndThenInTheDialog(kNewCase, [&] {
        auto *form = qobject_cast<ui::CaseDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(form, nullptr);
        preselected = form->findChild<ui::OrganizationPicker *>()->organizationId();
        whenIPress(QKeySequence(Qt::Key_Escape));
    });
    EXPECT_EQ(preselected, chosen);
}

} // namespace
} // namespace leverage::testing
