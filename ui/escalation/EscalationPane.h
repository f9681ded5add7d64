#pragma once

#include "core/domain/Ids.h"
#include "ui/common/FocusedItem.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QStackedWidget;
class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ErrorReporter;
class EscalationPathModel;
} // namespace leverage::models

namespace leverage::ui {

// One case's escalation path beside its timeline: the steps in order (drag to reorder, or
// Ctrl+Up / Ctrl+Down), where the case stands on it, and the actions that plan and climb it.
// Every change goes through the model as an undo command on the given stack.
class EscalationPane final : public QWidget, public FocusedItemSource
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationPane)

public:
    EscalationPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                   QWidget *parent = nullptr);
    ~EscalationPane() override;

    void setCaseId(RowId caseId);
    RowId caseId() const;

    models::EscalationPathModel *model() const { return m_model; }
    QListView *view() const;
    QAction *escalateAction() const { return m_escalate; }
    QAction *addStepAction() const { return m_addStep; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }
    QAction *usualClimbAction() const { return m_usualClimb; }
    // What the window's Edit (F2) and Delete act on here: the selected step.
    FocusedItem focusedItem() const override;
    // Escalate: asks to whom and how (EscalateDialog), then climbs as one undo command.
    void escalate();
    // "Now at: Front-line service, reached …. Next: Supervisor (Carl Jensen)."
    QString whereText() const;
    // The last refusal shown in the pane ("There is no planned step after …"), if any.
    QString message() const;

Q_SIGNALS:
    // A refusal or failure, also shown in the pane; the main window may put it in its status bar.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    QWidget *createEmptyState();
    void showContextMenu(const QPoint &position);
    void updateState();
    void showResult(const QString &error);
    RowId selectedStepId() const;
    int selectedRow() const;
    void moveSelected(int delta);
    void addStep();
    void editSelected();
    void removeSelected();
    void markSelectedCurrent();
    void selectStep(RowId stepId);

    Workspace &m_workspace;
    models::EscalationPathModel *m_model;
    QListView *m_view;
    QStackedWidget *m_pages;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_where;
    QLabel *m_message;
    QAction *m_addStep = nullptr;
    QAction *m_usualClimb = nullptr;
    QAction *m_emptyPath = nullptr;
    QAction *m_escalate = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_markCurrent = nullptr;
};

} // namespace leverage::ui
