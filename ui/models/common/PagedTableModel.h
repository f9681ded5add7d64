#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"
#include "ui/models/common/ChangeGuard.h"
#include "ui/models/common/LoadStatus.h"
#include "ui/models/common/ReportError.h"
#include "ui/models/common/RowPlacement.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace leverage::models {

// A table over an ordered result in the store that holds only a loaded prefix of it, a page
// at a time, and keeps that prefix exact as rows are added, changed, moved and removed (see
// RowPlacement), so the next fetchMore can continue at offset rowCount(). Subclasses say how
// to count and read the result. A failed first page is the model's load state (a pane shows
// it instead of an empty list); a later page that fails goes to the error reporter.
template <typename Row> class PagedTableModel : public QAbstractTableModel, public LoadStatus
{
public:
    static constexpr int kPageSize = 200;

    // How many rows the whole result has, loaded or not.
    qint64 totalCount() const { return m_total; }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }
    bool canFetchMore(const QModelIndex &parent) const override
    {
        return !m_changing && !parent.isValid() && m_rows.size() < m_total;
    }
    void fetchMore(const QModelIndex &parent) override
    {
        if (!canFetchMore(parent))
            return;
        ChangeGuard changing(m_changing);
        auto page = readPage(int(m_rows.size()), kPageSize);
        if (!page) {
            reportError(errorReporter(), page.message());
            return;
        }
        if (page->isEmpty()) { // fewer rows than counted: someone else removed some
            m_total = m_rows.size();
            return;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
        m_rows.append(*page);
        endInsertRows();
    }

protected:
    // `what` names the rows for a failure's heading: "the cases".
    PagedTableModel(QString what, QObject *parent)
        : QAbstractTableModel(parent), LoadStatus(std::move(what))
    {
    }

    virtual Result<qint64> countRows() const = 0;
    virtual Result<QList<Row>> readPage(int offset, int limit) const = 0;
    virtual RowId idOf(const Row &row) const = 0;

    const QList<Row> &loadedRows() const { return m_rows; }
    const Row *loadedRow(int row) const
    {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    int loadedRowOf(RowId id) const
    {
        for (int row = 0; row < m_rows.size(); ++row)
            if (idOf(m_rows.at(row)) == id)
                return row;
        return -1;
    }

    // Replaces the loaded rows with the first page of the result (a model reset).
    void reload()
    {
        ChangeGuard changing(m_changing);
        QString failure;
        beginResetModel();
        m_rows.clear();
        m_total = 0;
        if (auto total = countRows(); !total) {
            failure = total.message();
        } else if (*total > 0) {
            if (auto page = readPage(0, kPageSize)) {
                m_rows = *page;
                m_total = *total;
            } else {
                failure = page.message();
            }
        }
        // The state first: views asking at the reset see a failure, not an empty result.
        if (failure.isEmpty())
            markLoaded();
        else
            markFailed(failure);
        endResetModel();
    }

    // Puts a row that was added or changed where it now belongs. `newRow` is its place in the
    // whole result (-1: it no longer belongs), `total` the result's new size; `read` is asked
    // for the row's current value only when it is shown. False when that read failed.
    bool place(RowId id, qint64 newRow, qint64 total,
               const std::function<std::optional<Row>()> &read)
    {
        ChangeGuard changing(m_changing);
        const bool allLoaded = m_rows.size() >= m_total;
        const int loaded = loadedRowOf(id);
        const auto placement = RowPlacement::of(loaded, newRow, int(m_rows.size()), allLoaded);
        std::optional<Row> value;
        if (placement.action != RowPlacement::Action::None &&
            placement.action != RowPlacement::Action::Remove) {
            value = read();
            if (!value)
                return false;
        }
        m_total = total;
        switch (placement.action) {
        case RowPlacement::Action::None:
            break;
        case RowPlacement::Action::Insert:
            beginInsertRows({}, placement.to, placement.to);
            m_rows.insert(placement.to, *value);
            endInsertRows();
            break;
        case RowPlacement::Action::Remove:
            removeLoaded(placement.from);
            break;
        case RowPlacement::Action::Move:
            beginMoveRows({}, placement.from, placement.from, {}, placement.moveDestination());
            m_rows.move(placement.from, placement.to);
            m_rows[placement.to] = *value;
            endMoveRows();
            rowChanged(placement.to);
            break;
        case RowPlacement::Action::Update:
            m_rows[placement.from] = *value;
            rowChanged(placement.from);
            break;
        }
        return true;
    }

    // Takes a removed row out of the loaded ones; `total` is the result's new size if known.
    void forget(RowId id, std::optional<qint64> total)
    {
        ChangeGuard changing(m_changing);
        if (const int row = loadedRowOf(id); row >= 0)
            removeLoaded(row);
        if (total)
            m_total = *total;
    }

private:
    void removeLoaded(int row)
    {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    void rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); }

    QList<Row> m_rows;
    qint64 m_total = 0;
    bool m_changing = false; // see ChangeGuard
};

} // namespace leverage::models
