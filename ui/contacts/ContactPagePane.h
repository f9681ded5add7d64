#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QStackedWidget;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ErrorReporter;
class TrackRecordModel;
} // namespace leverage::models

namespace leverage::ui {
class ContactHistoryWidget;
class EmptyStateWidget;
class TrackRecordLabel;
} // namespace leverage::ui

namespace leverage::ui {

// A contact's page: their promise track record and their organization's above their
// history across cases. Joins two features (contacts, ledger): a view over the contact page
// model and the track-record model, which follow the contact's organization as it changes.
class ContactPagePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPagePane)

public:
    ContactPagePane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                    QWidget *parent = nullptr);

    void setContactId(RowId contactId);
    ui::ContactHistoryWidget *history() const { return m_history; }
    models::TrackRecordModel *trackRecords() const { return m_trackRecords; }

private:
    void followPage();

    EmptyStateWidget *m_empty = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_records; // hidden while no contact is shown: empty rows say nothing
    models::TrackRecordModel *m_trackRecords;
    ui::TrackRecordLabel *m_personRecord;
    ui::TrackRecordLabel *m_organizationRecord;
    ui::ContactHistoryWidget *m_history;
};

} // namespace leverage::ui
