#pragma once

#include "core/domain/Ids.h"
#include "ui/models/common/LoadStatus.h"

#include <QAbstractListModel>
#include <array>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// The promise track records beside a promise or on a contact's page, one row each for a
// person and an organization: "Northwind — Promises: 5 made, 3 kept, 1 broken, 1 pending —
// 75 % kept". Kept current as commitments, people and organizations change. A row without a
// subject is empty; a record that could not be read says so in its row and in the load state.
class TrackRecordModel final : public QAbstractListModel, public LoadStatus
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackRecordModel)

public:
    enum Row
    {
        Person,
        Organization,
        RowCount
    };

    explicit TrackRecordModel(Workspace &workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // 0 clears a row.
    void setSubjects(RowId contactId, RowId organizationId);
    RowId subject(Row row) const { return m_subjects.at(row); }
    QString text(Row row) const { return m_texts.at(row); }

public Q_SLOTS:
    void refresh();

private:
    QString read(Row row);

    Workspace &m_workspace;
    std::array<RowId, RowCount> m_subjects{};
    std::array<QString, RowCount> m_texts;
    QString m_failure; // the first failed read's reason during a refresh
};

} // namespace leverage::models
