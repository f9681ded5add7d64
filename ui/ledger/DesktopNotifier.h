#pragma once

#include "core/domain/Ids.h"
#include "core/ledger/LedgerItemKind.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// Shows a reminder as a desktop notification through the freedesktop notification service
// (org.freedesktop.Notifications over the session D-Bus), with an "Open" action. Where there
// is no such service (or it refuses), it emits fallbackBanner so the window can show the text
// in a banner of its own; activateBanner() is what clicking that banner calls. Either way a
// click ends in openItem(kind, id).
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";

    // On the session bus; tests pass a private bus.
    explicit DesktopNotifier(Workspace &workspace, QObject *parent = nullptr);
    DesktopNotifier(Workspace &workspace, const QDBusConnection &bus, QObject *parent = nullptr);

    // The title and body of a reminder for an item ("Follow-up due", "Promise overdue").
    QString titleFor(LedgerItemKind kind) const;
    QString bodyFor(LedgerItemKind kind, RowId id) const;
    bool serviceAvailable() const;

public Q_SLOTS:
    // Connect ReminderScheduler::reminderDue here.
    void notify(leverage::LedgerItemKind kind, leverage::RowId id);
    // A clock's date of the case (issue 19): the words come with it.
    void notifyDated(leverage::RowId caseId, const QString &what);
    // The in-app banner was clicked: open the item it showed.
    void activateBanner();

Q_SIGNALS:
    void fallbackBanner(const QString &message);
    void openItem(leverage::LedgerItemKind kind, leverage::RowId id);

private Q_SLOTS:
    void onActionInvoked(uint notificationId, const QString &actionKey);
    void onNotificationClosed(uint notificationId, uint reason);

private:
    struct Item
    {
        LedgerItemKind kind = LedgerItemKind::FollowUp;
        RowId id = 0;
    };
    void showBanner(const Item &item, const QString &text);
    void show(const Item &item, const QString &title, const QString &body);

    Workspace &m_workspace;
    QDBusConnection m_bus;
    QHash<uint, Item> m_shown;
    Item m_bannerItem;
    bool m_listening = false;
};

} // namespace leverage::ui
