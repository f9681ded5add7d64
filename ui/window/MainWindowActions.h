#pragma once

#include "ui/common/ItemRef.h"

#include <QObject>

class QAction;
class QUndoStack;
class QWidget;

namespace leverage::ui {

// The main window's actions with their texts, shortcuts and object names (tests find them by
// name: "newCase", "newEntry", "undo" …). The window connects them and puts them in menus.
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    // The actions are children of `window`, so their shortcuts work anywhere in it.
    MainWindowActions(QUndoStack &undoStack, QWidget *window);

    // Enables what makes sense for the current item, and names it: "Edit Case…".
    void setTarget(const ItemRef &item, bool hasCase);
    // Edit and Delete while a feature pane has the focus: enabled when the pane has items of
    // its own (they act on its current item, or say there is none), naming no kind of item;
    // disabled in a pane without items (the call notes), so that they never reach the case.
    void setTargetInPane(bool paneHasItems, bool hasCase);

    QAction *newWorkspace = nullptr;
    QAction *open = nullptr;
    QAction *quit = nullptr;
    QAction *undo = nullptr;
    QAction *redo = nullptr;
    QAction *newCase = nullptr;
    QAction *newEntry = nullptr;
    QAction *newCommitment = nullptr;
    QAction *newContact = nullptr;
    QAction *newOrganization = nullptr;
    QAction *edit = nullptr;
    QAction *remove = nullptr;
    QAction *find = nullptr;
    QAction *about = nullptr;
};

} // namespace leverage::ui
