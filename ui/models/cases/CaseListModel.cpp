#include "ui/models/cases/CaseListModel.h"

#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"

#include <QLocale>

namespace leverage::models {
CaseListModel::CaseListModel(Workspace &workspace, QObject *parent)
    : PagedTableModel(tr("the cases"), parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::caseAdded, this, &CaseListModel::onCaseChanged);
    connect(&workspace, &Workspace::caseChanged, this, &CaseListModel::onCaseChanged);
    connect(&workspace, &Workspace::caseRemoved, this, &CaseListModel::onCaseRemoved);
    connect(&workspace, &Workspace::bulkChange, this, &CaseListModel::reload);
    // A renamed organization changes the column and perhaps the order: reload when it shows.
    connect(&workspace, &Workspace::organizationChanged, this, [this](RowId organizationId) {
        for (const auto &row : loadedRows())
            if (row.caseData.organizationId == organizationId) {
                reload();
                return;
            }
    });
    reload();
}

void CaseListModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    reload();
}

RowId CaseListModel::caseIdAt(int row) const
{
    const auto *summary = loadedRow(row);
    return summary ? summary->caseData.meta.id : 0;
}

const CaseSummary *CaseListModel::summaryAt(int row) const
{
    return loadedRow(row);
}

int CaseListModel::rowOfCase(RowId caseId) const
{
    return loadedRowOf(caseId);
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = *loadedRow(index.row());
    const auto &c = row.caseData;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return c.title;
        case OrganizationColumn:
            return row.organizationName;
        case StatusColumn:
            return caseStatusLabel(c.status);
        case OpenedColumn:
            return shortDateTime(c.openedAt);
        case LastActivityColumn:
            return shortDateTime(c.lastActivityAt);
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(c.title) : QVariant();
    case IdRole:
    case CaseIdRole:
        return c.meta.id;
    case OrganizationIdRole:
        return c.organizationId;
    case SortRole:
        switch (index.column()) {
        case TitleColumn:
            return c.title.toLower();
        case OrganizationColumn:
            return row.organizationName.toLower();
        case StatusColumn:
            return int(c.status);
        case OpenedColumn:
            return c.openedAt.utcMs;
        case LastActivityColumn:
            return c.lastActivityAt.utcMs;
        }
        return {};
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OrganizationColumn:
        return tr("Organization");
    case StatusColumn:
        return tr("Status");
    case OpenedColumn:
        return tr("Opened");
    case LastActivityColumn:
        return tr("Last activity");
    }
    return {};
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    static constexpr CaseQuery::SortBy kByColumn[] = {
        CaseQuery::SortBy::Title, CaseQuery::SortBy::Organization, CaseQuery::SortBy::Status,
        CaseQuery::SortBy::Opened, CaseQuery::SortBy::LastActivity};
    if (column < 0 || column >= ColumnCount)
        return;
    const bool descending = order == Qt::DescendingOrder;
    // A view asks for the order it already has when sorting is switched on: the rows are
    // in that order, and reading the first page again is a second scan of every case.
    if (m_query.sortBy == kByColumn[column] && m_query.descending == descending)
        return;
    m_query.sortBy = kByColumn[column];
    m_query.descending = descending;
    reload();
}

Result<qint64> CaseListModel::countRows() const
{
    return m_workspace.cases().count(m_query);
}

Result<QList<CaseSummary>> CaseListModel::readPage(int offset, int limit) const
{
    return m_workspace.cases().page(m_query, offset, limit);
}

RowId CaseListModel::idOf(const CaseSummary &row) const
{
    return row.caseData.meta.id;
}

// Added and changed rows take the same path: where was it, where does it belong now.
void CaseListModel::onCaseChanged(RowId caseId)
{
    auto newRow = m_workspace.cases().rowOf(m_query, caseId);
    auto total = m_workspace.cases().count(m_query);
    const bool placed = newRow && total && place(caseId, *newRow, *total, [&] {
                            auto summary = m_workspace.cases().summary(caseId);
                            return summary ? std::optional<CaseSummary>(*summary) : std::nullopt;
                        });
    if (!placed) {
        logging::get("ui")->warn("cases list could not place case {}", caseId);
        reload();
    }
}

void CaseListModel::onCaseRemoved(RowId caseId)
{
    auto total = m_workspace.cases().count(m_query);
    forget(caseId, total ? std::optional<qint64>(*total) : std::nullopt);
}

} // namespace leverage::models
