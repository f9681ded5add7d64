#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace leverage {
class ServerAddress;
}

namespace leverage::ui {

// The last eight workspaces opened, newest first, kept in QSettings, shown as a menu.
class RecentWorkspaces final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentWorkspaces)

public:
    static constexpr int kMaximum = 8;

    explicit RecentWorkspaces(QMenu *menu, QObject *parent = nullptr);

    QStringList paths() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

    // Where a team workspace's server is, as a person says it: its host, or "this computer".
    static QString serverName(const ServerAddress &address);

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void store(const QStringList &paths);
    void rebuildMenu();

    QMenu *m_menu;
};

} // namespace leverage::ui
