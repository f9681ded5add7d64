// The step vocabulary itself: every pane is reached from the keyboard, a case is opened by
// typing its title, and keys reach a dialog the keys opened.
#include "tests/scenarios/Scenario.h"

#include "app/FeatureWiring.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/contacts/GatewayPane.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>

namespace leverage::testing {
namespace {

using ScenarioSteps = Scenario;

TEST_F(ScenarioSteps, CtrlOneToNineBringEachPaneForwardWithTheFocusInIt)
{
    givenTheDemoWorkspace();
    auto &window = m_real.window();
    auto &features = m_real.features();
    const std::vector<QWidget *> panes{
        window.casesPane(),        window.timelinePane(),    window.contactsPane(),
        features.escalationPane(), features.callNotesPane(), features.ledgerPane(),
        features.agendaPane(),     features.gatewayPane(),   features.contactPagePane()};
    ASSERT_EQ(window.goToActions().size(), panes.size());
    for (size_t i = 0; i < panes.size(); ++i) {
        const int number = int(i) + 1;
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        QWidget *focus = focusWidget();
        ASSERT_NE(focus, nullptr) << "Ctrl+" << number;
        EXPECT_TRUE(focus == panes[i] || panes[i]->isAncestorOf(focus))
            << "Ctrl+" << number << " left the focus in " << focus->metaObject()->className();
        EXPECT_TRUE(panes[i]->isVisible()) << "Ctrl+" << number;
    }
}

TEST_F(ScenarioSteps, TheViewMenuHidesAPaneWithoutTakingItsShortcut)
{
    givenTheDemoWorkspace();
    auto *ledger = m_real.features().ledgerDock();
    EXPECT_TRUE(ledger->toggleViewAction()->shortcut().isEmpty());
    ledger->toggleViewAction()->trigger();
    EXPECT_FALSE(ledger->isVisible());
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_6));
    EXPECT_TRUE(ledger->isVisible()) << "going to a hidden pane shows it";
}

TEST_F(ScenarioSteps, TypingACaseTitleOpensThatCase)
{
    givenTheDemoWorkspace();
    const RowId hotel =
        caseTitled(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    ASSERT_GT(hotel, 0);
    whenIOpenTheCase(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    EXPECT_EQ(m_real.window().currentCaseId(), hotel);
}

} // namespace
} // namespace leverage::testing
