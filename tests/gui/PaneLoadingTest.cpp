// The docked panes read the workspace the first time they are on screen, not at start-up: a
// dock behind another tab or a closed one reads nothing until the user brings it up, and then
// shows what changed meanwhile.

#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/OnScreenWatcher.h"
#include "ui/contacts/GatewayPane.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"
#include "ui/models/ledger/AgendaModel.h"
#include "ui/models/ledger/LedgerModel.h"
#include "ui/window/MainWindow.h"

#include <QDockWidget>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leverage;
using ui::OnScreenWatcher;

namespace {

class PaneLoadingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        m_path = m_dir.filePath(QStringLiteral("w.leverage"));
        auto opened = Workspace::open(m_path, m_clock);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(DemoWorkspaceBuilder(**opened).build());
        openWindow(std::move(*opened));
    }

    void openWindow(std::unique_ptr<Workspace> workspace)
    {
        ASSERT_TRUE(m_real.show(std::move(workspace)));
        m_window = &m_real.window();
        m_wiring = &m_real.features();
    }

    // Closes the window as the user would (its layout is saved) and opens the file again.
    void restart()
    {
        m_real.close();
        auto opened = Workspace::open(m_path, m_clock);
        ASSERT_TRUE(opened);
        openWindow(std::move(*opened));
    }

    // The calm first window (issue 24) shows none of the lists below the timeline: the user
    // opens them, here the ledger in front and the agenda and gateways as tabs behind it.
    void openTheListsBelow()
    {
        // The one in front first: a tab shown into a group with none open becomes the current.
        for (auto *dock : {m_wiring->ledgerDock(), m_wiring->agendaDock(), m_wiring->gatewayDock()})
            dock->show();
        QCoreApplication::processEvents();
    }

    // As the window brings a dock up (FeatureWiring::showDock), then lets the layout settle.
    void bringUp(QDockWidget *dock)
    {
        dock->show();
        dock->raise();
        QCoreApplication::processEvents();
    }
    RowId makeGateway(const QString &name)
    {
        auto &workspace = m_window->workspace();
        auto organizations = workspace.organizations().all();
        EXPECT_TRUE(organizations);
        for (const auto &organization : *organizations)
            for (auto contact : *workspace.contacts().forOrganization(organization.meta.id))
                if (contact.name == name) {
                    contact.isGateway = true;
                    EXPECT_TRUE(workspace.contacts().update(contact));
                    return contact.meta.id;
                }
        ADD_FAILURE() << "no contact " << name.toStdString();
        return 0;
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    QString m_path;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    ui::MainWindow *m_window = nullptr;
    app::FeatureWiring *m_wiring = nullptr;
};

} // namespace

TEST_F(PaneLoadingTest, TabsBehindTheLedgerReadNothingUntilBroughtUp)
{
    openTheListsBelow();
    auto *ledger = m_wiring->ledgerPane();
    auto *agenda = m_wiring->agendaPane();
    auto *gateways = m_wiring->gatewayPane();
    ASSERT_TRUE(ledger && agenda && gateways);

    // The ledger is the tab in front: its promises are there at once.
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*ledger));
    EXPECT_TRUE(ledger->model()->isLoaded());
    EXPECT_GT(ledger->model()->rowCount(), 0);
    // Qt keeps the tabs behind it visible, only out of sight: they have read nothing.
    EXPECT_TRUE(agenda->isVisible());
    EXPECT_FALSE(OnScreenWatcher::isOnScreen(*agenda));
    EXPECT_FALSE(agenda->model()->isLoaded());
    EXPECT_FALSE(gateways->gatewayModel()->isLoaded());
    EXPECT_FALSE(gateways->searchModel()->isLoaded());

    // A follow-up added while the agenda is behind is in it when it is brought up.
    FollowUp followUp;
    followUp.caseId = 1;
    followUp.what = QStringLiteral("Chase the refund");
    followUp.dueAt = Instant::fromDateTime(leverage::testing::testNow().addDays(2));
    ASSERT_TRUE(m_window->workspace().followUps().add(followUp));
    EXPECT_FALSE(agenda->model()->isLoaded());
    bringUp(m_wiring->agendaDock());
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*agenda));
    EXPECT_FALSE(OnScreenWatcher::isOnScreen(*ledger));
    EXPECT_TRUE(agenda->model()->isLoaded());
    EXPECT_TRUE(agenda->model()->indexOf(followUp.meta.id).isValid());
    EXPECT_FALSE(gateways->gatewayModel()->isLoaded()) << "still behind";

    // Clicking the tab does the same: Qt moves the dock into sight.
    const RowId gary = makeGateway(QStringLiteral("Gary Pruitt"));
    ASSERT_GT(gary, 0);
    bringUp(m_wiring->gatewayDock());
    EXPECT_TRUE(gateways->gatewayModel()->isLoaded());
    EXPECT_GE(gateways->gatewayModel()->rowOf(gary), 0);
    EXPECT_TRUE(gateways->searchModel()->isLoaded());
    EXPECT_GT(gateways->searchModel()->rowCount(), 0);
}

TEST_F(PaneLoadingTest, AClosedDockReadsNothingUntilOpened)
{
    auto *gateways = m_wiring->gatewayPane();
    ASSERT_NE(gateways, nullptr);
    m_wiring->gatewayDock()->close();
    QCoreApplication::processEvents();
    const RowId gary = makeGateway(QStringLiteral("Gary Pruitt"));
    ASSERT_GT(gary, 0);
    EXPECT_FALSE(gateways->gatewayModel()->isLoaded());
    EXPECT_FALSE(gateways->searchModel()->isLoaded());

    bringUp(m_wiring->gatewayDock());
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*gateways));
    EXPECT_TRUE(gateways->gatewayModel()->isLoaded());
    EXPECT_GE(gateways->gatewayModel()->rowOf(gary), 0);
}

TEST_F(PaneLoadingTest, AfterARestartOnlyThePanesInSightHaveRead)
{
    bringUp(m_wiring->agendaDock());
    restart(); // the layout is saved on close and restored
    auto *ledger = m_wiring->ledgerPane();
    auto *agenda = m_wiring->agendaPane();
    auto *gateways = m_wiring->gatewayPane();
    ASSERT_TRUE(ledger && agenda && gateways);
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*ledger) || OnScreenWatcher::isOnScreen(*agenda))
        << "one of the tabs is in front";
    EXPECT_EQ(ledger->model()->isLoaded(), OnScreenWatcher::isOnScreen(*ledger));
    EXPECT_EQ(agenda->model()->isLoaded(), OnScreenWatcher::isOnScreen(*agenda));
    EXPECT_EQ(gateways->gatewayModel()->isLoaded(), OnScreenWatcher::isOnScreen(*gateways));
    EXPECT_EQ(gateways->searchModel()->isLoaded(), OnScreenWatcher::isOnScreen(*gateways));
}

TEST_F(PaneLoadingTest, RemindersStartOnceTheWindowHasPainted)
{
    // The fixture's window has painted: its reminders run.
    EXPECT_NE(m_wiring->reminders(), nullptr);

    auto opened = Workspace::open(m_dir.filePath(QStringLiteral("second.leverage")), m_clock);
    ASSERT_TRUE(opened);
    auto hidden = app::assembleMainWindow(std::move(*opened));
    auto *wiring = hidden.features;
    QCoreApplication::processEvents();
    EXPECT_EQ(wiring->reminders(), nullptr) << "nothing painted yet";
    hidden.window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(hidden.window.get()));
    EXPECT_TRUE(QTest::qWaitFor([wiring] { return wiring->reminders() != nullptr; }, 5000));
}

TEST_F(PaneLoadingTest, TheLayoutTheUserLeftIsKeptAcrossARestart)
{
    openTheListsBelow();
    bringUp(m_wiring->agendaDock());
    m_wiring->gatewayDock()->close();
    QCoreApplication::processEvents();
    restart();
    EXPECT_TRUE(m_window->hasSavedLayout());
    EXPECT_FALSE(m_wiring->gatewayDock()->isVisible()) << "a closed dock stays closed";
    auto *agenda = m_wiring->agendaPane();
    auto *ledger = m_wiring->ledgerPane();
    ASSERT_TRUE(agenda && ledger);
    EXPECT_TRUE(OnScreenWatcher::isOnScreen(*agenda)) << "the tab in front stays in front";
    EXPECT_FALSE(OnScreenWatcher::isOnScreen(*ledger));
    EXPECT_TRUE(
        m_window->tabifiedDockWidgets(m_wiring->ledgerDock()).contains(m_wiring->agendaDock()))
        << "the tabs stay together";
}
