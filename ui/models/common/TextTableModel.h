#pragma once

#include "core/domain/Ids.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace leverage::models {

// A read-only table of texts with an id per row (IdRole) and, optionally, the case it belongs
// to (CaseIdRole). For presentation models that assemble rows from core queries and hand
// them to a view: the assembly is theirs and tested; this only shows it.
class TextTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TextTableModel)

public:
    struct Row
    {
        RowId id = 0;
        QStringList cells; // one per column; long ones are also the tooltip
        RowId caseId = 0;
    };

    explicit TextTableModel(QStringList headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Replaces every row (a model reset).
    void setRows(QList<Row> rows);
    // Replaces the columns and every row (a table whose columns follow its data).
    void setTable(QStringList headers, QList<Row> rows);
    const Row &rowAt(int row) const { return m_rows.at(row); }
    QString text(int row, int column) const { return m_rows.at(row).cells.value(column); }

private:
    QStringList m_headers;
    QList<Row> m_rows;
};

} // namespace leverage::models
