#include "ui/ledger/DesktopNotifier.h"
#include "tests/ledger/FakeNotificationService.h"
#include "tests/ledger/LedgerFixture.h"
#include "ui/ledger/LedgerReminders.h"
#include "core/ledger/ReminderScheduler.h"

#include <QDBusConnectionInterface>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace leverage;
using namespace leverage::ui;
using leverage::testing::FakeNotificationService;
using leverage::testing::LedgerFixture;

namespace {

// A private session bus (dbus-daemon) so the test neither needs nor disturbs a desktop.
class DesktopNotifierTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        if (!QFileInfo::exists(QStringLiteral("/usr/bin/dbus-daemon")))
            FAIL() << "dbus-daemon is not installed (make test installs it)";
        m_daemon.start(QStringLiteral("/usr/bin/dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        ASSERT_TRUE(m_daemon.waitForStarted(5000));
        ASSERT_TRUE(m_daemon.waitForReadyRead(5000));
        const auto address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        m_bus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(address, QStringLiteral("ledger-test-app")));
        m_serviceBus = std::make_unique<QDBusConnection>(
            QDBusConnection::connectToBus(address, QStringLiteral("ledger-test-service")));
        ASSERT_TRUE(m_bus->isConnected());
        ASSERT_TRUE(m_serviceBus->isConnected());

        const auto caseId = addCase(QStringLiteral("Dishwasher"));
        followUp = addFollowUp(caseId, QStringLiteral("Call the depot"), inHours(1));
    }
    void TearDown() override
    {
        m_bus.reset();
        m_serviceBus.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("ledger-test-app"));
        QDBusConnection::disconnectFromBus(QStringLiteral("ledger-test-service"));
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.kill();
            m_daemon.waitForFinished(5000);
        }
    }

    QProcess m_daemon;
    std::unique_ptr<QDBusConnection> m_bus;
    std::unique_ptr<QDBusConnection> m_serviceBus;
    RowId followUp = 0;
};

} // namespace

TEST_F(DesktopNotifierTest, WithoutAServiceItFallsBackToABanner)
{
    DesktopNotifier notifier(ws.get(), *m_bus);
    EXPECT_FALSE(notifier.serviceAvailable());
    QSignalSpy banner(&notifier, &DesktopNotifier::fallbackBanner);
    QSignalSpy open(&notifier, &DesktopNotifier::openItem);
    notifier.notify(LedgerItemKind::FollowUp, followUp);
    ASSERT_EQ(banner.count(), 1);
    EXPECT_EQ(banner.at(0).at(0).toString(),
              QStringLiteral("Follow-up due: Call the depot (Dishwasher)"));
    notifier.activateBanner();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<LedgerItemKind>(), LedgerItemKind::FollowUp);
    EXPECT_EQ(open.at(0).at(1).value<RowId>(), followUp);
}

TEST_F(DesktopNotifierTest, NotifiesThroughTheServiceAndOpensTheItemOnClick)
{
    FakeNotificationService service(*m_serviceBus);
    ASSERT_TRUE(m_serviceBus->registerObject(QStringLiteral("/org/freedesktop/Notifications"),
                                             &service, QDBusConnection::ExportAllSlots));
    ASSERT_TRUE(m_serviceBus->registerService(QLatin1String(DesktopNotifier::kService)));

    DesktopNotifier notifier(ws.get(), *m_bus);
    ASSERT_TRUE(notifier.serviceAvailable());
    QSignalSpy banner(&notifier, &DesktopNotifier::fallbackBanner);
    QSignalSpy open(&notifier, &DesktopNotifier::openItem);
    notifier.notify(LedgerItemKind::FollowUp, followUp);
    for (int i = 0; i < 500 && service.summaries.isEmpty(); ++i)
        QTest::qWait(10);
    ASSERT_EQ(service.summaries.size(), 1);
    EXPECT_EQ(service.summaries.first(), QStringLiteral("Follow-up due"));
    EXPECT_TRUE(service.bodies.first().contains(QStringLiteral("Call the depot")));
    EXPECT_TRUE(service.actions.contains(QStringLiteral("default")));
    EXPECT_EQ(banner.count(), 0);

    // The reply (the notification's id) may still be on its way: click until it is known.
    for (int i = 0; i < 50 && open.isEmpty(); ++i) {
        service.click(41);
        open.wait(100);
    }
    ASSERT_GE(open.count(), 1);
    EXPECT_EQ(open.at(0).at(1).value<RowId>(), followUp);
    // Another program's notification id opens nothing.
    const auto opened = open.count();
    service.click(7);
    QTest::qWait(200);
    EXPECT_EQ(open.count(), opened);
}

TEST_F(DesktopNotifierTest, RemindersTurnDueMomentsIntoBannersThatOpenTheCase)
{
    LedgerReminders reminders(ws.get(), *m_bus);
    QSignalSpy banner(&reminders, &LedgerReminders::fallbackBanner);
    QSignalSpy open(&reminders, &LedgerReminders::openItem);
    ws.clock().set(now().addSecs(3600)); // the follow-up's due moment
    reminders.scheduler().rearm();
    ASSERT_EQ(banner.count(), 1);
    EXPECT_TRUE(banner.at(0).at(0).toString().contains(QStringLiteral("Call the depot")));
    reminders.activateBanner();
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(1).value<RowId>(), followUp);
    EXPECT_EQ(open.at(0).at(2).value<RowId>(), ws->followUps().get(followUp)->caseId);
}
