#pragma once

#include "core/domain/EscalationStep.h"
#include "core/escalation/EscalationService.h"

#include <QAbstractListModel>
#include <QHash>
#include <memory>

class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {

class ErrorReporter;
class EscalationEditor;

// One case's escalation path as a list, in path order. An adapter: it reloads its dozen rows
// when the workspace says the path changed, and every edit (drops included) is an undo
// command that goes through core. Drags carry the case id and stable step ids.
class EscalationPathModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationPathModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        LevelRole,      // EscalationLevel as int
        LevelTextRole,  // "Supervisor"
        StatusRole,     // EscalationStatus as int, as the case stands (see EscalationStanding)
        StatusTextRole, // "Current"
        TargetRole,     // "Tanya Brooks"
        TargetPositionRole,
        TargetOrganizationRole,
        TargetDateRole, // QDate, null when none
        DoneAtRole,     // QDateTime in local time, null unless done
        NoteRole,
        IsCurrentRole,
        NumberRole,        // 1-based place on the path
        ReachedAtRole,     // QDateTime in local time: recorded, or the first contact at the level
        ReachedByEntryRole // the timeline entry that reached it, 0 when recorded on the step
    };

    // A failed undo or redo of the path's edits goes to `reporter` (the window's).
    EscalationPathModel(Workspace &workspace, QUndoStack &undoStack, ErrorReporter &reporter,
                        QObject *parent = nullptr);
    ~EscalationPathModel() override;

    void setCaseId(RowId caseId);
    RowId caseId() const { return m_caseId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The step on a row, as last loaded; an invalid row gives a step with id 0.
    EscalationStep stepAt(int row) const;
    QModelIndex indexOfStep(RowId stepId) const;
    // Where the case stands (the furthest level reached) and where Escalate goes; -1: none.
    int currentRow() const;
    int nextRow() const { return m_next; }

    // Edits, each pushed as one undo command; a refusal comes back as a sentence and pushes
    // nothing. `toRow` is the index the step ends up at.
    Status moveStep(RowId stepId, int toRow);
    Status addSteps(const QList<EscalationStep> &steps, int row = -1);
    Status addContacts(const QList<RowId> &contactIds, int row = -1);
    Status removeStep(RowId stepId);
    Status editStep(const EscalationStep &edited);
    Status makeCurrent(RowId stepId);
    Status escalate(const EscalationService::Attempt &attempt = {});
    Status applyTemplate(EscalationTemplate which);

    const EscalationService &service() const { return m_service; }
    // The case clocks behind Escalate's "too early?" (issue 19); the model keeps it.
    void setReadiness(std::unique_ptr<EscalationReadiness> readiness);
    EscalationEditor &editor() const { return *m_editor; }

Q_SIGNALS:
    // A dropped step or contact the store refused (an edit's own result is returned).
    void errorOccurred(const QString &message);

private:
    struct Row
    {
        EscalationStep step; // as stored
        EscalationStanding::Level level;
        EscalationTargets::Target target;
        int number = 0; // as loaded: stays put while rows are inserted and removed around it
    };

    QList<Row> load(int *next) const;
    void reload();
    void reloadIfTargets(RowId contactId, RowId organizationId);
    void replaceRows(QList<Row> fresh);
    QString displayText(int row) const;

    Workspace &m_workspace;
    std::unique_ptr<EscalationReadiness> m_readiness;
    mutable QHash<RowId, QString> m_opensOn; // per step, until the case changes
    EscalationService m_service;
    EscalationEditor *m_editor;
    RowId m_caseId = 0;
    QList<Row> m_rows;
    int m_next = -1;
};

} // namespace leverage::models
