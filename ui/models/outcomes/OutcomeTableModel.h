#pragma once

#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeTable.h"

#include <QAbstractTableModel>
#include <memory>

namespace leverage::models {

// One grouping of the outcome figures as a read-only table of texts, written as the view asks
// for rows, a block at a time: a filter change on a large workspace resets a table of 20,000
// contacts or 10,000 cases, of which a view shows a few dozen (and measures a hundred more for
// its column widths). The texts are OutcomeTable's, the ones the verb and the CSV write.
class OutcomeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomeTableModel)

public:
    using Grouping = outcomes::OutcomeTable::Grouping;
    // The rows written at once around one asked for.
    static constexpr int kBlock = 128;

    explicit OutcomeTableModel(Grouping grouping, QObject *parent = nullptr);

    // New figures (a model reset); kept alive here while shown.
    void setFigures(std::shared_ptr<const outcomes::OutcomeFigures> figures);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    QString text(int row, int column) const;
    // Every row written out (for the CSV export).
    outcomes::OutcomeTable table() const;

private:
    const Grouping m_grouping;
    std::shared_ptr<const outcomes::OutcomeFigures> m_figures;
    QStringList m_headers;
    int m_rows = 0;
    // The block of rows last written, from m_blockStart.
    mutable QList<QStringList> m_block;
    mutable int m_blockStart = -1;
};

} // namespace leverage::models
