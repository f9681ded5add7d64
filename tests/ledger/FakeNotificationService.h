#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace leverage::testing {

// Stands in for a desktop's notification daemon on a private bus: records Notify calls and
// can send ActionInvoked as if the user clicked.
class FakeNotificationService final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit FakeNotificationService(QDBusConnection bus) : m_bus(std::move(bus)) {}

    QStringList summaries;
    QStringList bodies;
    QStringList actions;

    void click(uint id)
    {
        auto signal = QDBusMessage::createSignal(QStringLiteral("/org/freedesktop/Notifications"),
                                                 QStringLiteral("org.freedesktop.Notifications"),
                                                 QStringLiteral("ActionInvoked"));
        signal << id << QStringLiteral("default");
        m_bus.send(signal);
    }

public Q_SLOTS:
    uint Notify(const QString &, uint, const QString &, const QString &summary, const QString &body,
                const QStringList &actionList, const QVariantMap &, int)
    {
        summaries << summary;
        bodies << body;
        actions = actionList;
        return ++m_lastId;
    }

private:
    QDBusConnection m_bus;
    uint m_lastId = 40;
};

} // namespace leverage::testing
