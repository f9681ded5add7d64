#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ErrorReporter;
}

namespace leverage::ui {
class ContactHistoryWidget;
namespace ledger {
class TrackRecordLabel;
}
} // namespace leverage::ui

namespace leverage::app {

// A contact's page: their promise track record and their organization's above their
// history across cases. Joins two features (contacts, ledger), so it is put together here.
class ContactPagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPagePane)

public:
    ContactPagePane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                    QWidget *parent = nullptr);

    void setContactId(RowId contactId);

private:
    Workspace &m_workspace;
    QWidget *m_records; // hidden while no contact is selected: empty rows say nothing
    ui::ledger::TrackRecordLabel *m_personRecord;
    ui::ledger::TrackRecordLabel *m_organizationRecord;
    ui::ContactHistoryWidget *m_history;
};

} // namespace leverage::app
