#pragma once

#include "core/contacts/GatewayRecord.h"
#include "core/domain/Contact.h"
#include "core/util/Result.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Every contact bookmarked as a gateway, across all organizations, by name: who they are,
// the rules of engagement agreed with them, and their track record. An adapter over the
// workspace's signals: a gateway flag flipping anywhere adds or removes a row. Empty until
// ensureLoaded(): each gateway's track record costs queries, so the list is read when it is
// first seen; changes before that are not followed (the first load reads them).
// A failed read leaves the list empty and says so (loadFailed()), never "no gateways yet".
class GatewayListModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayListModel)

public:
    enum Column
    {
        Name,
        Position,
        Organization,
        Rules,
        TrackRecord,
        Involved,
        LastContact,
        ColumnCount
    };

    explicit GatewayListModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    RowId contactIdAt(int row) const;
    int rowOf(RowId contactId) const; // -1: not a gateway (or not loaded)
    // Reads the gateways unless they were read already.
    void ensureLoaded();
    // Reads the gateways again; the load state says how that went.
    void reload();

private:
    struct Row
    {
        Contact contact;
        QString organizationName;
        GatewayRecord record;
    };

    // The row of a gateway; no row when the contact is gone or no longer a gateway.
    Result<std::optional<Row>> load(RowId contactId) const;
    // Logs and drops a failed read of one row (the list as read stays on screen).
    std::optional<Row> loadOrLog(RowId contactId) const;
    int insertionRow(const Row &row) const;
    void contactAdded(RowId contactId);
    void contactChanged(RowId contactId);
    void contactRemoved(RowId contactId);
    void organizationChanged(RowId organizationId);
    void timelineChanged();
    void reloadIfLoaded();

    Workspace &m_workspace;
    QList<Row> m_rows;
};

} // namespace leverage::models
