#include "ui/window/RecentWorkspaces.h"

#include "core/store/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace leverage::ui {
namespace {
const auto kKey = QStringLiteral("recentWorkspaces");

// A file as its absolute path; a team workspace as its address (never with a password).
QString normalized(const QString &path)
{
    if (!leverage::ServerAddress::isServerUrl(path))
        return QFileInfo(path).absoluteFilePath();
    auto address = leverage::ServerAddress::parse(path);
    return address ? address->displayUrl() : path;
}

QString label(const QString &path)
{
    if (!leverage::ServerAddress::isServerUrl(path))
        return QFileInfo(path).completeBaseName();
    auto address = leverage::ServerAddress::parse(path);
    return address ? RecentWorkspaces::tr("%1 on %2 (team)")
                         .arg(address->database, RecentWorkspaces::serverName(*address))
                   : path;
}
} // namespace

QString RecentWorkspaces::serverName(const ServerAddress &address)
{
    return address.isUnixSocket() ? tr("this computer") : address.host;
}

RecentWorkspaces::RecentWorkspaces(QMenu *menu, QObject *parent) : QObject(parent), m_menu(menu)
{
    rebuildMenu();
}

QStringList RecentWorkspaces::paths() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = normalized(path);
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaximum));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(normalized(path));
    store(list);
}

void RecentWorkspaces::clear()
{
    store({});
}

void RecentWorkspaces::store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
    // Later: the change may come from one of the menu's own actions, which the rebuild deletes.
    QMetaObject::invokeMethod(this, &RecentWorkspaces::rebuildMenu, Qt::QueuedConnection);
}

void RecentWorkspaces::rebuildMenu()
{
    m_menu->clear();
    const QStringList list = paths();
    int number = 1;
    for (const QString &path : list) {
        // Numbered for the keyboard; the full path in the tooltip and status bar.
        const QString name = label(path);
        auto *action = m_menu->addAction(number < 10 ? tr("&%1 %2").arg(number).arg(name) : name);
        const auto shown = ServerAddress::isServerUrl(path) ? path : QDir::toNativeSeparators(path);
        action->setToolTip(shown);
        action->setStatusTip(shown);
        connect(action, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
        ++number;
    }
    if (!list.isEmpty()) {
        m_menu->addSeparator();
        m_menu->addAction(tr("&Clear Menu"), this, &RecentWorkspaces::clear);
    }
    m_menu->setEnabled(!list.isEmpty());
    m_menu->menuAction()->setEnabled(!list.isEmpty());
}

} // namespace leverage::ui
