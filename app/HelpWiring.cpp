#include "app/HelpWiring.h"

#include "ui/window/MainWindow.h"
#include "ui/window/ShortcutSettings.h"
#include "ui/window/ShortcutsDialog.h"
#include "ui/window/UserGuideDialog.h"
#include "ui/window/WindowActions.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace leverage::app {

HelpWiring::HelpWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    m_guide = new QAction(tr("&User Guide"), &m_window);
    m_guide->setObjectName(QStringLiteral("userGuide"));
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setToolTip(tr("How to log a call, plan an escalation, keep gateways and print a "
                           "dossier (F1)"));
    connect(m_guide, &QAction::triggered, this, [this] {
        ui::UserGuideDialog dialog(QStringLiteral(":/guide"), &m_window);
        dialog.exec();
    });

    m_keys = new QAction(tr("&Keyboard Shortcuts"), &m_window);
    m_keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    m_keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    m_keys->setToolTip(tr("Every command and its keys (Ctrl+F1)"));
    connect(m_keys, &QAction::triggered, this, [this] {
        ui::ShortcutsDialog dialog(ui::windowActions(m_window), ui::ShortcutsDialog::Mode::Show,
                                   &m_window);
        dialog.exec();
    });

    m_configure = new QAction(tr("Configure &Shortcuts…"), &m_window);
    m_configure->setObjectName(QStringLiteral("configureShortcuts"));
    m_configure->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F1));
    m_configure->setToolTip(tr("Change the keys of any command (Ctrl+Shift+F1)"));
    connect(m_configure, &QAction::triggered, this, [this] {
        ui::ShortcutsDialog dialog(ui::windowActions(m_window), ui::ShortcutsDialog::Mode::Change,
                                   &m_window);
        dialog.exec();
    });

    QMenu *help = m_window.helpMenu();
    QAction *first = help->actions().isEmpty() ? nullptr : help->actions().constFirst();
    help->insertAction(first, m_guide);
    help->insertAction(first, m_keys);
    auto *settings = new QMenu(tr("&Settings"), m_window.menuBar());
    settings->setObjectName(QStringLiteral("settingsMenu"));
    settings->addAction(m_configure);
    m_window.menuBar()->insertMenu(help->menuAction(), settings);
    // Window-wide, so the keys work while the menu bar is hidden or a pane holds the focus.
    m_window.addActions({m_guide, m_keys, m_configure});

    ui::shortcuts::applyStored(ui::windowActions(m_window));
}

} // namespace leverage::app
