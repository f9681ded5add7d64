#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"
#include "ui/models/common/LoadStatus.h"

#include <QObject>

namespace leverage {
class Workspace;
}

namespace leverage::models {

class TextTableModel;

// A contact's page as a view shows it: the name and whether they are a gateway, their details
// (label and value, only those filled in), the track-record sentence, every timeline entry
// they were part of across cases, and the commitments they made with what came of them.
// Reads it all on setContactId and again (once per event-loop turn) when any of it changes.
// A read that fails leaves the page empty and says so (loadFailed()); it is never shown as a
// contact with no history.
class ContactPageModel final : public QObject, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactPageModel)

public:
    enum HistoryColumn
    {
        When,
        Channel,
        Helpfulness,
        Summary,
        HistoryCase
    };
    enum CommitmentColumn
    {
        What,
        Status,
        Due,
        Made,
        CommitmentCase
    };

    explicit ContactPageModel(Workspace &workspace, QObject *parent = nullptr);

    RowId contactId() const { return m_contactId; }
    // A contact is selected and was read.
    bool hasContact() const { return m_hasContact; }
    // The contact's name, or "No contact selected".
    QString title() const { return m_title; }
    bool isGateway() const { return m_isGateway; }
    RowId organizationId() const { return m_organizationId; }
    // "Track record: <b>Can-do, go-to</b> — involved 3 times in 2 cases, …" (rich text).
    QString trackRecordText() const { return m_trackRecord; }

    // Label and value of each detail that is filled in.
    TextTableModel *details() const { return m_details; }
    TextTableModel *history() const { return m_history; }
    TextTableModel *commitments() const { return m_commitments; }

public Q_SLOTS:
    void setContactId(leverage::RowId contactId);
    void refresh();

Q_SIGNALS:
    // After every refresh: the title, the gateway flag or the load state may have changed.
    void refreshed();

private:
    void scheduleRefresh();
    void clear();
    leverage::Status read();

    Workspace &m_workspace;
    RowId m_contactId = 0;
    bool m_hasContact = false;
    QString m_title;
    bool m_isGateway = false;
    RowId m_organizationId = 0;
    QString m_trackRecord;
    TextTableModel *m_details;
    TextTableModel *m_history;
    TextTableModel *m_commitments;
    bool m_refreshPending = false;
};

} // namespace leverage::models
