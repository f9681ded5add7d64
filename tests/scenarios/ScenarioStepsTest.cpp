// The step vocabulary itself: every pane is reached from the keyboard, a case is opened by
// typing its title, and keys reach a dialog the keys opened.
#include "tests/scenarios/Scenario.h"

#include "app/ClocksWiring.h"
#include "ui/clocks/ClocksPane.h"

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

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QToolButton>

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
    // The tenth to twelfth, the clocks (issue 19), the letters (issue 18) and the attachments
    // (issue 21), have no Ctrl+digit left: the View menu reaches them.
    ASSERT_EQ(window.goToActions().size(), panes.size() + 3);
    for (size_t i = 0; i < panes.size(); ++i) {
        const int number = int(i) + 1;
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)));
        QWidget *focus = focusWidget();
        ASSERT_NE(focus, nullptr) << "Ctrl+" << number;
        EXPECT_TRUE(focus == panes[i] || panes[i]->isAncestorOf(focus))
            << "Ctrl+" << number << " left the focus in " << focus->metaObject()->className();
        EXPECT_TRUE(panes[i]->isVisible()) << "Ctrl+" << number;
    }
    QWidget *clocks = features.clocks()->pane();
    ASSERT_NE(clocks, nullptr);
    QAction *goToClocks = nullptr;
    for (QAction *action : window.goToActions())
        if (action->text().remove(QLatin1Char('&')).contains(QStringLiteral("Clocks")))
            goToClocks = action;
    ASSERT_NE(goToClocks, nullptr);
    EXPECT_TRUE(goToClocks->shortcut().isEmpty());
    goToClocks->trigger();
    EXPECT_TRUE(clocks->isVisible());
    EXPECT_TRUE(focusWidget() && (focusWidget() == clocks || clocks->isAncestorOf(focusWidget())));
}

// Whether the menu bar offers this action, at any depth.
bool inMenus(const QList<QAction *> &actions, const QAction *wanted)
{
    for (const QAction *action : actions)
        if (action == wanted || (action->menu() && inMenus(action->menu()->actions(), wanted)))
            return true;
    return false;
}

TEST_F(ScenarioSteps, EveryButtonOfEveryPaneIsReachedByTabOrByAKey)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(QStringLiteral("MRI claim denied as \"not pre-authorised\""));
    auto &window = m_real.window();
    auto &features = m_real.features();
    const std::vector<QWidget *> panes{window.casesPane(),     window.timelinePane(),
                                       window.contactsPane(),  features.escalationPane(),
                                       features.ledgerPane(),  features.agendaPane(),
                                       features.gatewayPane(), features.contactPagePane()};
    const std::vector<int> numbers{1, 2, 3, 4, 6, 7, 8, 9};
    for (size_t i = 0; i < panes.size(); ++i) {
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + numbers[i])));
        // The buttons that can be pressed now (a selection made on the way round may enable
        // more), then the window's focus chain once round from the pane.
        QList<QAbstractButton *> buttons;
        for (auto *button : panes[i]->findChildren<QAbstractButton *>())
            if (button->isVisible() && button->isEnabled())
                buttons << button;
        QSet<QWidget *> visited;
        QWidget *start = focusWidget();
        for (int presses = 0; presses < 300; ++presses) {
            visited.insert(focusWidget());
            whenIPress(QKeySequence(Qt::Key_Tab));
            if (focusWidget() == start)
                break;
        }
        EXPECT_EQ(focusWidget(), start) << "pane " << numbers[i] << ": Tab went round the window "
                                        << "and back, never caught in one widget";
        for (auto *button : buttons) {
            // A line edit's clear button is Ctrl+A, Delete.
            if (visited.contains(button) || qobject_cast<QLineEdit *>(button->parentWidget()))
                continue;
            const auto *tool = qobject_cast<QToolButton *>(button);
            const QAction *action = tool ? tool->defaultAction() : nullptr;
            const bool byKey = (action && (!action->shortcut().isEmpty() ||
                                           inMenus(window.menuBar()->actions(), action))) ||
                               !button->shortcut().isEmpty();
            EXPECT_TRUE(byKey) << "pane " << numbers[i] << ": the button “"
                               << button->text().toStdString()
                               << "” is reached neither by Tab nor by a key or a menu";
        }
    }
}

TEST_F(ScenarioSteps, TheViewMenuHidesAPaneWithoutTakingItsShortcut)
{
    givenTheDemoWorkspace();
    auto *ledger = m_real.features().ledgerDock();
    EXPECT_TRUE(ledger->toggleViewAction()->shortcut().isEmpty());
    EXPECT_FALSE(ledger->isVisible()) << "the calm first window leaves it closed";
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_6));
    ASSERT_TRUE(ledger->isVisible());
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
