#include "ui/window/MainWindowActions.h"

#include <QAction>
#include <QUndoStack>
#include <QWidget>

namespace leverage::ui {

MainWindowActions::MainWindowActions(QUndoStack &undoStack, QWidget *window) : QObject(window)
{
    auto make = [window](const QString &text, const char *name, const QString &icon,
                         const QKeySequence &shortcut = {}) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, window);
        action->setObjectName(QString::fromLatin1(name));
        action->setShortcut(shortcut);
        if (!shortcut.isEmpty())
            action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")),
                shortcut.toString(QKeySequence::NativeText)));
        return action;
    };
    newWorkspace = make(tr("&New Workspace…"), "newWorkspace", QStringLiteral("document-new"),
                        QKeySequence::New);
    open = make(tr("&Open…"), "openWorkspace", QStringLiteral("document-open"), QKeySequence::Open);
    // Ctrl+Q as on Linux desktops, also where the platform names no standard Quit key.
    quit = make(tr("&Quit"), "quit", QStringLiteral("application-exit"),
                QKeySequence(Qt::CTRL | Qt::Key_Q));
    undo = undoStack.createUndoAction(window, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    undo->setShortcut(QKeySequence::Undo);
    redo = undoStack.createRedoAction(window, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    newCase = make(tr("New &Case…"), "newCase", QStringLiteral("folder-new"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newEntry = make(tr("New &Entry…"), "newEntry", QStringLiteral("call-start"),
                    QKeySequence(Qt::CTRL | Qt::Key_E));
    // New contact and new promise as in the mail programs people know (Ctrl+Shift+C is a new
    // contact, Ctrl+Shift+K a new task): the keyboard reaches every "New" without the menu.
    newCommitment = make(tr("New Co&mmitment…"), "newCommitment", QStringLiteral("appointment-new"),
                         QKeySequence(tr("Ctrl+Shift+K")));
    newContact = make(tr("New Con&tact…"), "newContact", QStringLiteral("contact-new"),
                      QKeySequence(tr("Ctrl+Shift+C")));
    newOrganization = make(tr("New &Organization…"), "newOrganization", QString());
    edit =
        make(tr("E&dit…"), "editItem", QStringLiteral("document-edit"), QKeySequence(Qt::Key_F2));
    remove = make(tr("De&lete"), "deleteItem", QStringLiteral("edit-delete"), QKeySequence::Delete);
    find = make(tr("&Find in This Pane…"), "findCases", QStringLiteral("edit-find"),
                QKeySequence::Find);
    about = make(tr("&About Leverage"), "about", QStringLiteral("help-about"));
    quit->setMenuRole(QAction::QuitRole);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindowActions::setTarget(const ItemRef &item, bool hasCase)
{
    newEntry->setEnabled(hasCase);
    newCommitment->setEnabled(hasCase);
    QString what;
    switch (item.kind) {
    case ItemRef::Kind::Case:
        what = tr("Case");
        break;
    case ItemRef::Kind::Organization:
        what = tr("Organization");
        break;
    case ItemRef::Kind::Contact:
        what = tr("Contact");
        break;
    case ItemRef::Kind::Entry:
        what = tr("Entry");
        break;
    case ItemRef::Kind::Commitment:
        what = tr("Commitment");
        break;
    case ItemRef::Kind::None:
        break;
    }
    edit->setEnabled(item.isValid());
    remove->setEnabled(item.isValid());
    edit->setText(what.isEmpty() ? tr("E&dit…") : tr("E&dit %1…").arg(what));
    remove->setText(what.isEmpty() ? tr("De&lete") : tr("De&lete %1").arg(what));
}

void MainWindowActions::setTargetInPane(bool paneHasItems, bool hasCase)
{
    setTarget({}, hasCase);
    edit->setEnabled(paneHasItems);
    remove->setEnabled(paneHasItems);
}

} // namespace leverage::ui
