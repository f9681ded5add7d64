#pragma once

#include "core/contacts/GatewayRecord.h"
#include "core/domain/Contact.h"

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
class GatewayListModel final : public QAbstractTableModel
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
    bool isLoaded() const { return m_loaded; }
    // Reads the gateways unless they were read already.
    void ensureLoaded();
    // Reads the gateways again (and counts as loaded).
    void reload();

private:
    struct Row
    {
        Contact contact;
        QString organizationName;
        GatewayRecord record;
    };

    std::optional<Row> load(RowId contactId) const;
    int insertionRow(const Row &row) const;
    void contactAdded(RowId contactId);
    void contactChanged(RowId contactId);
    void contactRemoved(RowId contactId);
    void organizationChanged(RowId organizationId);
    void timelineChanged();
    void reloadIfLoaded();

    Workspace &m_workspace;
    QList<Row> m_rows;
    bool m_loaded = false;
};

} // namespace leverage::models
