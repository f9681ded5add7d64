#include "ui/ledger/DesktopNotifier.h"

#include "core/ledger/LedgerLookup.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace leverage::ui {

DesktopNotifier::DesktopNotifier(Workspace &workspace, QObject *parent)
    : DesktopNotifier(workspace, QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(Workspace &workspace, const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_bus(bus)
{
    if (m_bus.isConnected()) {
        const QString service = QLatin1String(kService);
        const QString path = QLatin1String(kPath);
        // QtDBus connects bus signals by slot signature only.
        m_listening = m_bus.connect(service, path, service, QStringLiteral("ActionInvoked"), this,
                                    SLOT(onActionInvoked(uint, QString))) &&
                      m_bus.connect(service, path, service, QStringLiteral("NotificationClosed"),
                                    this, SLOT(onNotificationClosed(uint, uint)));
    }
}

bool DesktopNotifier::serviceAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    return m_bus.interface()->isServiceRegistered(QLatin1String(kService)).value();
}

QString DesktopNotifier::titleFor(LedgerItemKind kind) const
{
    switch (kind) {
    case LedgerItemKind::FollowUp:
        return tr("Follow-up due");
    case LedgerItemKind::Commitment:
        return tr("Promise overdue");
    case LedgerItemKind::Clock:
        break;
    }
    return tr("Clock date today");
}

QString DesktopNotifier::bodyFor(LedgerItemKind kind, RowId id) const
{
    LedgerLookup lookup(m_workspace);
    if (kind == LedgerItemKind::FollowUp) {
        auto followUp = m_workspace.followUps().get(id);
        if (!followUp)
            return {};
        return tr("%1\n(%2)").arg(followUp->what, lookup.caseTitle(followUp->caseId));
    }
    auto commitment = m_workspace.commitments().get(id);
    if (!commitment)
        return {};
    const QString who = lookup.madeBy(*commitment);
    return who.isEmpty()
               ? tr("%1\n(%2)").arg(commitment->what, lookup.caseTitle(commitment->caseId))
               : tr("%1 promised: %2\n(%3)")
                     .arg(who, commitment->what, lookup.caseTitle(commitment->caseId));
}

void DesktopNotifier::notify(LedgerItemKind kind, RowId id)
{
    const QString body = bodyFor(kind, id);
    if (body.isEmpty())
        return; // removed in the meantime
    show({kind, id}, titleFor(kind), body);
}

void DesktopNotifier::notifyDated(RowId caseId, const QString &what)
{
    show({LedgerItemKind::Clock, caseId}, titleFor(LedgerItemKind::Clock),
         tr("%1\n(%2)").arg(what, LedgerLookup(m_workspace).caseTitle(caseId)));
}

void DesktopNotifier::show(const Item &item, const QString &title, const QString &body)
{
    const QString bannerText =
        title + QStringLiteral(": ") + QString(body).replace(QLatin1Char('\n'), QLatin1Char(' '));
    if (!serviceAvailable()) {
        showBanner(item, bannerText);
        return;
    }
    auto message =
        QDBusMessage::createMethodCall(QLatin1String(kService), QLatin1String(kPath),
                                       QLatin1String(kService), QStringLiteral("Notify"));
    message << QStringLiteral("Leverage") << uint(0) << QStringLiteral("appointment-soon") << title
            << body.toHtmlEscaped() << QStringList{QStringLiteral("default"), tr("Open")}
            << QVariantMap{} << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, item, bannerText](QDBusPendingCallWatcher *call) {
                call->deleteLater();
                QDBusPendingReply<uint> reply = *call;
                if (reply.isError()) {
                    logging::get("ui")->warn("notification refused: {}",
                                             reply.error().name().toStdString());
                    showBanner(item, bannerText);
                    return;
                }
                m_shown.insert(reply.value(), item);
            });
}

void DesktopNotifier::showBanner(const Item &item, const QString &text)
{
    m_bannerItem = item;
    Q_EMIT fallbackBanner(text);
}

void DesktopNotifier::activateBanner()
{
    if (m_bannerItem.id > 0)
        Q_EMIT openItem(m_bannerItem.kind, m_bannerItem.id);
}

void DesktopNotifier::onActionInvoked(uint notificationId, const QString &)
{
    // The only action offered is "default" (Open, or a click on the bubble).
    const auto it = m_shown.constFind(notificationId);
    if (it == m_shown.cend())
        return; // another program's notification
    Q_EMIT openItem(it->kind, it->id);
}

void DesktopNotifier::onNotificationClosed(uint notificationId, uint)
{
    m_shown.remove(notificationId);
}

} // namespace leverage::ui
