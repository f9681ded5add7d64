#include "ui/common/OnScreenWatcher.h"

#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QTest>
#include <gtest/gtest.h>

using leverage::ui::OnScreenWatcher;

namespace {

// A main window with two docks tabbed together, as the ledger and the agenda are.
class OnScreenWatcherTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_window.resize(800, 600);
        m_window.setCentralWidget(new QLabel(QStringLiteral("centre"), &m_window));
        for (auto **dock : {&m_front, &m_behind}) {
            *dock = new QDockWidget(&m_window);
            (*dock)->setWidget(new QLabel(QStringLiteral("pane"), *dock));
            m_window.addDockWidget(Qt::BottomDockWidgetArea, *dock);
        }
        m_front->setObjectName(QStringLiteral("front"));
        m_behind->setObjectName(QStringLiteral("behind"));
        m_window.tabifyDockWidget(m_front, m_behind);
        m_front->raise();
        OnScreenWatcher::callOnce(*m_front->widget(), [this] { ++m_frontCalls; });
        OnScreenWatcher::callOnce(*m_behind->widget(), [this] { ++m_behindCalls; });
    }
    void showWindow()
    {
        m_window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_window));
        QCoreApplication::processEvents();
    }

    QMainWindow m_window;
    QDockWidget *m_front = nullptr;
    QDockWidget *m_behind = nullptr;
    int m_frontCalls = 0;
    int m_behindCalls = 0;
};

} // namespace

TEST_F(OnScreenWatcherTest, NothingIsCalledBeforeTheWindowShows)
{
    QCoreApplication::processEvents();
    EXPECT_EQ(m_frontCalls, 0);
    EXPECT_EQ(m_behindCalls, 0);
}

TEST_F(OnScreenWatcherTest, ATabBehindAnotherIsCalledWhenRaisedAndOnlyOnce)
{
    showWindow();
    EXPECT_EQ(m_frontCalls, 1);
    // Shown as far as Qt is concerned, but moved out of the window.
    EXPECT_TRUE(m_behind->widget()->isVisible());
    EXPECT_FALSE(OnScreenWatcher::isOnScreen(*m_behind->widget()));
    EXPECT_EQ(m_behindCalls, 0);

    m_behind->raise();
    QCoreApplication::processEvents();
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*m_behind->widget()));
    EXPECT_EQ(m_behindCalls, 1);

    m_front->raise();
    QCoreApplication::processEvents();
    m_behind->raise();
    QCoreApplication::processEvents();
    EXPECT_EQ(m_frontCalls, 1);
    EXPECT_EQ(m_behindCalls, 1);
}

TEST_F(OnScreenWatcherTest, AClosedDockIsCalledWhenOpened)
{
    m_front->close();
    m_behind->close();
    showWindow();
    EXPECT_EQ(m_frontCalls, 0);
    EXPECT_EQ(m_behindCalls, 0);
    m_behind->show();
    QCoreApplication::processEvents();
    EXPECT_EQ(m_frontCalls, 0);
    EXPECT_EQ(m_behindCalls, 1);
}

TEST_F(OnScreenWatcherTest, ATabFloatedOutOfItsGroupIsCalled)
{
    showWindow();
    ASSERT_EQ(m_behindCalls, 0);
    m_behind->setFloating(true);
    QCoreApplication::processEvents();
    EXPECT_EQ(m_behindCalls, 1);
}

TEST(OnScreenWatcherStandalone, AWidgetAlreadyOnScreenIsCalledAtOnce)
{
    QLabel label(QStringLiteral("shown"));
    label.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&label));
    int calls = 0;
    OnScreenWatcher::callOnce(label, [&calls] { ++calls; });
    EXPECT_EQ(calls, 1);
}
