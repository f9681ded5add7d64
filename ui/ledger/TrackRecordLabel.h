#pragma once

#include "core/domain/Ids.h"

#include <QLabel>

namespace leverage {
class Workspace;
}

namespace leverage::ui::ledger {

// "Northwind — Promises: 5 made, 3 kept, 1 broken, 1 pending — 75 % kept" for one person or
// one organization, kept current as commitments change.
class TrackRecordLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackRecordLabel)

public:
    explicit TrackRecordLabel(Workspace &workspace, QWidget *parent = nullptr);

    void setContact(RowId contactId);
    void setOrganization(RowId organizationId);
    void clearSubject();

public Q_SLOTS:
    void refresh();

private:
    enum class Subject
    {
        None,
        Contact,
        Organization
    };

    Workspace &m_workspace;
    Subject m_subject = Subject::None;
    RowId m_id = 0;
};

} // namespace leverage::ui::ledger
