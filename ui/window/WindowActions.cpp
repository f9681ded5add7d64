#include "ui/window/WindowActions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QToolBar>

namespace leverage::ui {
namespace {

void collect(const QMenu *menu, const QString &where, QSet<const QAction *> &seen,
             std::vector<WindowAction> &into)
{
    // Open Recent lists files: its entries change with use and are not commands.
    if (menu->objectName() == QLatin1String("recentMenu"))
        return;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            collect(sub, where + QStringLiteral(" → ") + plainText(action), seen, into);
            continue;
        }
        if (!seen.contains(action)) {
            seen.insert(action);
            into.push_back({action, where});
        }
    }
}

} // namespace

QString plainText(const QAction *action)
{
    QString text = action->text();
    // "&&" is a literal ampersand; a single one marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01")).remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text.trimmed();
}

std::vector<WindowAction> windowActions(const QMainWindow &window)
{
    std::vector<WindowAction> actions;
    QSet<const QAction *> seen;
    for (QAction *top : window.menuBar()->actions())
        if (const QMenu *menu = top->menu())
            collect(menu, plainText(top), seen, actions);
    const auto addRest = [&](const QList<QAction *> &list) {
        for (QAction *action : list)
            if (!action->isSeparator() && !action->menu() && !seen.contains(action)) {
                seen.insert(action);
                actions.push_back({action, {}});
            }
    };
    // The window's toolbars, not those of the panes (their buttons act inside the pane).
    for (const QToolBar *bar : window.findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
        addRest(bar->actions());
    addRest(window.actions());
    return actions;
}

} // namespace leverage::ui
