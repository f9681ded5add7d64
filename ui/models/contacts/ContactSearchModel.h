#pragma once

#include "core/store/ContactQueries.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractTableModel>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Contacts found by name, organization or position, optionally gateways only, most recently
// contacted first. The search runs in SQL; the model reloads (once per event-loop turn) when
// contacts, organizations or timelines change. A failed search leaves it empty and says so
// (loadFailed()), never "no contacts".
class ContactSearchModel final : public QAbstractTableModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactSearchModel)

public:
    enum Column
    {
        Name,
        Organization,
        Position,
        Gateway,
        LastContact,
        ColumnCount
    };

    explicit ContactSearchModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString filterText() const { return m_search.text; }
    bool gatewaysOnly() const { return m_search.gatewaysOnly; }
    RowId contactIdAt(int row) const;
    int rowOf(RowId contactId) const;

public Q_SLOTS:
    void setFilterText(const QString &text);
    void setGatewaysOnly(bool only);
    // Loads on first use: with 20,000 contacts the query costs a noticeable moment, so the
    // list is read when it is first shown, not at start-up.
    void ensureLoaded();
    void reload();

private:
    void scheduleReload();

    Workspace &m_workspace;
    ContactSearch m_search;
    QList<ContactSummary> m_rows;
    bool m_reloadPending = false;
};

} // namespace leverage::models
