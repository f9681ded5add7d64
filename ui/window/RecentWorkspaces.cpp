#include "ui/window/RecentWorkspaces.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace leverage::ui {
namespace {
const auto kKey = QStringLiteral("recentWorkspaces");
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
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMaximum));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
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
        const QString name = QFileInfo(path).completeBaseName();
        auto *action = m_menu->addAction(number < 10 ? tr("&%1 %2").arg(number).arg(name) : name);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
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
