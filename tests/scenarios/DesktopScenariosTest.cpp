// A new user's first minutes (issue 24): a calm first window with every other pane one key
// away and remembered, the layouts of View → Layout, the welcome page of an empty workspace
// and the tour that is offered until it was taken or skipped once. Keys only.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "app/WelcomeWiring.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"
#include "ui/window/TourDialog.h"
#include "ui/window/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCommandLinkButton>
#include <QDialog>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QTest>

#include <algorithm>

namespace leverage::testing {
namespace {

class DesktopScenarios : public Scenario
{
protected:
    void expectTabGoesRoundEveryVisibleControl();
};

const QKeySequence kGoToLedger{Qt::CTRL | Qt::Key_6};
const QKeySequence kLayoutCalm{Qt::ALT | Qt::Key_1};
const QKeySequence kLayoutOnACall{Qt::ALT | Qt::Key_2};
const QKeySequence kLayoutPlanning{Qt::ALT | Qt::Key_4};

// The docks a user sees, by title (a dock behind another's tab counts: one click away).
QStringList openDocks(const ui::MainWindow &window)
{
    QStringList titles;
    for (auto *dock : window.findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
        if (dock->toggleViewAction()->isChecked())
            titles << dock->windowTitle();
    titles.sort();
    return titles;
}

TEST_F(DesktopScenarios, TheFirstWindowShowsTheCasesTheTimelineAndTheCallNotesOnly)
{
    givenTheDemoWorkspace();
    EXPECT_EQ(openDocks(m_real.window()),
              (QStringList{QStringLiteral("Call Notes"), QStringLiteral("Cases")}));
    EXPECT_TRUE(m_real.window().timelinePane()->isVisible());
    EXPECT_TRUE(m_real.features().callNotesDock()->isVisible());

    // Every other pane is one shortcut away …
    whenIPress(kGoToLedger);
    EXPECT_TRUE(m_real.features().ledgerDock()->isVisible());
    EXPECT_TRUE(m_real.features().ledgerDock()->isAncestorOf(focusWidget()));

    // … and what the user opened is there again on the next start.
    const QString path = store().filePath();
    m_real.close();
    ASSERT_TRUE(m_real.open(path, m_clock));
    QApplication::setActiveWindow(&m_real.window());
    EXPECT_TRUE(openDocks(m_real.window()).contains(QStringLiteral("Promise Ledger")));
    EXPECT_TRUE(m_real.features().ledgerDock()->isVisible());
}

TEST_F(DesktopScenarios, TheFirstWindowIsNoLargerThanTheScreenAllowsOrItsLayoutNeeds)
{
    givenTheDemoWorkspace();
    const QString path = store().filePath();
    m_real.close();
    QSettings().clear(); // a first start: no layout left by the user
    auto opened = Workspace::open(path, m_clock);
    ASSERT_TRUE(opened) << opened.message().toStdString();
    // As the program assembles it, before it is shown (RealWindow then sizes it as a laptop).
    const auto assembled = app::assembleMainWindow(std::move(*opened));
    const ui::MainWindow &window = *assembled.window;
    ASSERT_FALSE(window.hasSavedLayout());
    // While the docks were added to the hidden window its minimum was, for a moment, every
    // dock one above another, and the window kept that height: 852 pixels on a 768 laptop.
    const QSize available = window.screen()->availableGeometry().size();
    EXPECT_LE(window.height(),
              std::max(window.minimumSizeHint().height(), available.height() * 92 / 100));
    EXPECT_LE(window.width(),
              std::max(window.minimumSizeHint().width(), available.width() * 92 / 100));
}

TEST_F(DesktopScenarios, OnACallTheNotesAreLargeBesideTheTimeline)
{
    givenTheDemoWorkspace();
    whenIPress(kLayoutPlanning);
    EXPECT_TRUE(m_real.features().escalationDock()->isVisible());
    EXPECT_TRUE(m_real.features().agendaDock()->isVisible());
    EXPECT_FALSE(m_real.features().callNotesDock()->toggleViewAction()->isChecked());

    whenIPress(kLayoutCalm);
    QTest::qWait(20); // the sizes are set once the layout has settled
    QDockWidget *calls = m_real.features().callNotesDock();
    const int calmWidth = calls->width();

    whenIPress(kLayoutOnACall);
    QTest::qWait(20);
    ASSERT_TRUE(calls->isVisible());
    EXPECT_EQ(openDocks(m_real.window()),
              (QStringList{QStringLiteral("Call Notes"), QStringLiteral("Cases")}));
    const int width = m_real.window().width();
    // As wide as the timeline's columns leave room for: on a laptop that is not half.
    EXPECT_GE(calls->width(), width * 35 / 100) << "large";
    EXPECT_GT(calls->width(), calmWidth * 13 / 10) << "larger than in the calm layout";
    auto *timeline = m_real.window().timelinePane();
    EXPECT_TRUE(timeline->isVisible());
    EXPECT_GE(timeline->width(), width * 35 / 100) << "and the timeline still readable";
    const QPoint notes = calls->mapTo(&m_real.window(), QPoint(0, 0));
    const QPoint entries = timeline->mapTo(&m_real.window(), QPoint(0, 0));
    EXPECT_GT(notes.x(), entries.x()) << "beside it, on the right";
}

TEST_F(DesktopScenarios, AnEmptyWorkspaceWelcomesUntilTheFirstCase)
{
    givenAnEmptyWorkspace();
    auto *welcome = m_real.window().findChild<ui::WelcomePage *>();
    ASSERT_NE(welcome, nullptr);
    EXPECT_TRUE(welcome->isVisible());
    EXPECT_TRUE(welcome->tourButton()->isVisible()) << "the tour is offered";
    EXPECT_FALSE(m_real.window().timelinePane()->isVisible());

    whenIPressAndThenInTheDialog(kNewCase, [this] {
        whenIType(QStringLiteral("Washer never installed"));
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIType(QStringLiteral("Brightline Stores"));
        whenIPress(kSubmit);
    });
    EXPECT_GT(caseTitled(QStringLiteral("Washer never installed")), 0);
    EXPECT_FALSE(welcome->isVisible());
    EXPECT_TRUE(m_real.window().timelinePane()->isVisible());
}

// Tab once round the window from where the focus is: every stop is a control the user can
// see, shown as focused, and every visible control that takes Tab is reached once.
void DesktopScenarios::expectTabGoesRoundEveryVisibleControl()
{
    ui::MainWindow &window = m_real.window();
    // Qt draws the focus once the keyboard has moved it, so the round starts one Tab in.
    whenIPress(QKeySequence(Qt::Key_Tab));
    QWidget *start = QApplication::focusWidget();
    ASSERT_NE(start, nullptr);
    std::vector<QWidget *> stops{start};
    for (int presses = 0; presses < 200; ++presses) {
        QWidget *before = QApplication::focusWidget();
        const QImage focused = before->grab().toImage();
        whenIPress(QKeySequence(Qt::Key_Tab));
        QWidget *now = QApplication::focusWidget();
        ASSERT_NE(now, nullptr) << "something has the focus after Tab " << presses + 1;
        // A stop the user cannot see loses them: the next key would go somewhere unseen …
        EXPECT_TRUE(now->isVisible() && !now->visibleRegion().isEmpty())
            << "Tab " << presses + 1 << " stops on a hidden " << now->metaObject()->className();
        // … and so does one that looks the same with and without the focus.
        if (now != before) {
            EXPECT_NE(before->grab().toImage(), focused)
                << before->metaObject()->className() << " “" << before->objectName().toStdString()
                << "” shows no sign of having the focus";
        }
        if (now == start)
            break;
        stops.push_back(now);
    }
    EXPECT_EQ(QApplication::focusWidget(), start) << "Tab comes round";
    for (auto *widget : window.findChildren<QWidget *>()) {
        if (widget->isVisibleTo(&window) && widget->isEnabled() && !widget->focusProxy() &&
            (widget->focusPolicy() & Qt::TabFocus) && widget->window() == &window &&
            !widget->visibleRegion().isEmpty()) {
            EXPECT_EQ(std::count(stops.begin(), stops.end(), widget), 1)
                << "Tab reaches the " << widget->metaObject()->className() << " “"
                << widget->objectName().toStdString() << "” “"
                << widget->accessibleName().toStdString() << "” once";
        }
    }
}

TEST_F(DesktopScenarios, TabOnAnEmptyWorkspaceReachesTheFindFieldAndTheWelcomeAndNothingHidden)
{
    givenAnEmptyWorkspace();
    auto *welcome = m_real.window().findChild<ui::WelcomePage *>();
    ASSERT_NE(welcome, nullptr);
    ASSERT_EQ(welcome->findChildren<QCommandLinkButton *>().size(), 4);
    expectTabGoesRoundEveryVisibleControl();
}

TEST_F(DesktopScenarios, TabOnTheDemoReachesEveryVisibleControlOnce)
{
    givenTheDemoWorkspace();
    expectTabGoesRoundEveryVisibleControl();
}

// Played on the real window: Alt+S on the welcome page, and a title typed at once lost its
// first words ("ever installed"): Alt+S was also the Settings menu's, which took the first
// letters. Start a Case is Alt+C now; what is typed straight after it lands in the dialog.
TEST_F(DesktopScenarios, WhatIsTypedRightAfterAnAltLetterOpensADialogLandsInIt)
{
    givenAnEmptyWorkspace();
    // A fast typist: no pause for the dialog to appear.
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_C));
    whenIType(QStringLiteral("Washer never installed"));
    ASSERT_TRUE(QTest::qWaitFor(
        [] { return qobject_cast<QDialog *>(QApplication::activeModalWidget()) != nullptr; }));
    whenIPress(QKeySequence(Qt::Key_Tab));
    whenIType(QStringLiteral("Brightline Stores"));
    whenIPress(kSubmit);
    EXPECT_GT(caseTitled(QStringLiteral("Washer never installed")), 0);
}

// Played on the real window: during a call, the Edit menu offered "Delete" and "Edit…" with
// the focus in the notes. They did nothing but a status message; a menu must not offer what
// cannot be done here. The notes' own Delete deletes text, never the case or an entry.
TEST_F(DesktopScenarios, InTheCallNotesEditAndDeleteAreTheTextsNotTheCases)
{
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("MRI claim denied as \"not pre-authorised\"");
    whenIOpenTheCase(title);
    const RowId mri = caseTitled(title);
    const auto entriesBefore = store().timeline().forCase(mri)->size();
    auto *deleteItem = m_real.window().findChild<QAction *>(QStringLiteral("deleteItem"));
    auto *editItem = m_real.window().findChild<QAction *>(QStringLiteral("editItem"));
    ASSERT_TRUE(deleteItem && editItem);
    EXPECT_TRUE(deleteItem->isEnabled()) << "in the cases list, Delete Case is offered";

    whenIPress(kStartCall);
    ASSERT_TRUE(m_real.features().callNotesPane()->isCallLive());
    whenIType(QStringLiteral("Carl says the claim goes to review"));
    EXPECT_FALSE(deleteItem->isEnabled());
    EXPECT_FALSE(editItem->isEnabled());

    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_A));
    whenIPress(QKeySequence(Qt::Key_Delete));
    whenIType(QStringLiteral("Carl promised a callback"));
    EXPECT_EQ(caseTitled(title), mri);
    EXPECT_EQ(store().timeline().forCase(mri)->size(), entriesBefore);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr) << "no question about deleting";

    whenIPressAndThenInTheDialog(kEndCall, [this] { whenIPress(kSubmit); });
    const auto entries = store().timeline().forCase(mri);
    ASSERT_EQ(entries->size(), entriesBefore + 1);
    const bool filed = std::any_of(entries->begin(), entries->end(), [](const auto &entry) {
        return entry.notes == QStringLiteral("Carl promised a callback");
    });
    EXPECT_TRUE(filed) << "the notes as last typed, the deleted words gone";
}

TEST_F(DesktopScenarios, TheTourHasFiveStepsAndIsNotOfferedOnceDone)
{
    givenAnEmptyWorkspace();
    auto *welcome = m_real.window().findChild<ui::WelcomePage *>();
    ASSERT_NE(welcome, nullptr);
    welcome->setFocus(Qt::OtherFocusReason); // on "Open the Demo Workspace"
    for (int button = 0; button < 3; ++button)
        whenIPress(QKeySequence(Qt::Key_Tab));
    ASSERT_EQ(focusWidget(), welcome->tourButton());
    whenIPress(QKeySequence(Qt::Key_Space)); // "Take the Tour"
    auto *tour = m_real.window().findChild<ui::TourDialog *>();
    ASSERT_NE(tour, nullptr);
    ASSERT_TRUE(tour->isVisible());
    QApplication::setActiveWindow(tour);
    EXPECT_EQ(tour->stepCount(), 5);
    for (int step = 0; step < 3; ++step)
        whenIPress(QKeySequence(Qt::Key_Return)); // Next
    EXPECT_EQ(tour->currentStep(), 3);
    EXPECT_TRUE(m_real.features().gatewayDock()->isVisible()) << "step 4 shows the gateways";
    whenIPress(QKeySequence(Qt::Key_Escape)); // Skip
    QTest::qWait(0);
    EXPECT_TRUE(app::WelcomeWiring::tourDone());
    EXPECT_FALSE(m_real.features().gatewayDock()->toggleViewAction()->isChecked())
        << "the panes it brought forward went again";
    EXPECT_FALSE(welcome->tourButton()->isVisible()) << "no longer offered";
}

} // namespace
} // namespace leverage::testing
