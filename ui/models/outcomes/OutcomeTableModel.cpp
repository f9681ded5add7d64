#include "ui/models/outcomes/OutcomeTableModel.h"

namespace leverage::models {

OutcomeTableModel::OutcomeTableModel(Grouping grouping, QObject *parent)
    : QAbstractTableModel(parent), m_grouping(grouping)
{
}

void OutcomeTableModel::setFigures(std::shared_ptr<const outcomes::OutcomeFigures> figures)
{
    beginResetModel();
    m_figures = std::move(figures);
    m_block.clear();
    m_blockStart = -1;
    if (m_figures) {
        // The columns follow the currencies present: headers and rows change in one reset.
        m_headers = outcomes::OutcomeTable::of(*m_figures, m_grouping, 0, 0).headers;
        m_rows = outcomes::OutcomeTable::rowCount(*m_figures, m_grouping);
    } else {
        m_headers.clear();
        m_rows = 0;
    }
    endResetModel();
}

int OutcomeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int OutcomeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QString OutcomeTableModel::text(int row, int column) const
{
    if (!m_figures || row < 0 || row >= m_rows)
        return {};
    if (m_blockStart < 0 || row < m_blockStart || row >= m_blockStart + m_block.size()) {
        // The block that holds the row, aligned, so that scrolling either way reuses it.
        m_blockStart = row - row % kBlock;
        m_block = outcomes::OutcomeTable::of(*m_figures, m_grouping, m_blockStart, kBlock).rows;
    }
    return m_block.at(row - m_blockStart).value(column);
}

QVariant OutcomeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::ToolTipRole: {
        // A long name is elided in its column; the tooltip has all of it.
        const QString cell = text(index.row(), index.column());
        return cell.size() > 40 ? QVariant(cell) : QVariant();
    }
    default:
        return {};
    }
}

QVariant OutcomeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers.at(section);
    return QAbstractTableModel::headerData(section, orientation, role);
}

outcomes::OutcomeTable OutcomeTableModel::table() const
{
    return m_figures ? outcomes::OutcomeTable::of(*m_figures, m_grouping)
                     : outcomes::OutcomeTable{m_headers, {}};
}

} // namespace leverage::models
