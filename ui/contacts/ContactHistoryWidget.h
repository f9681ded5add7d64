#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoPusher.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;
class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// A contact's page: who they are, their track record, every timeline entry they were part
// of across all cases, and the commitments they made with what came of them.
class ContactHistoryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactHistoryWidget)

public:
    ContactHistoryWidget(Workspace &workspace, QUndoStack &undoStack,
                         models::ErrorReporter &reporter, QWidget *parent = nullptr);

    RowId contactId() const { return m_contactId; }
    QTreeWidget *historyTree() const { return m_history; }
    QTreeWidget *commitmentsTree() const { return m_commitments; }
    QString trackRecordText() const;

public Q_SLOTS:
    void setContactId(leverage::RowId contactId);
    void refresh();

private:
    void buildLayout();
    void scheduleRefresh();

    Workspace &m_workspace;
    models::UndoPusher m_undo;
    RowId m_contactId = 0;
    QLabel *m_title = nullptr;
    QFormLayout *m_details = nullptr;
    QLabel *m_trackRecord = nullptr;
    QPushButton *m_gatewayButton = nullptr;
    QTreeWidget *m_history = nullptr;
    QTreeWidget *m_commitments = nullptr;
    bool m_refreshPending = false;
};

} // namespace leverage::ui
