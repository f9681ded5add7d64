#include "models/CaseListModel.h"

#include "models/ChangeGuard.h"
#include "models/ModelRoles.h"
#include "models/RowPlacement.h"
#include "store/Workspace.h"
#include "util/Logging.h"

#include <QLocale>

namespace leverage::models {
namespace {

QString localDate(const Instant &instant)
{
    return instant.isNull() ? QString()
                            : QLocale().toString(instant.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

CaseListModel::CaseListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::caseAdded, this, &CaseListModel::onCaseAdded);
    connect(&workspace, &Workspace::caseChanged, this, &CaseListModel::onCaseChanged);
    connect(&workspace, &Workspace::caseRemoved, this, &CaseListModel::onCaseRemoved);
    connect(&workspace, &Workspace::bulkChange, this, &CaseListModel::reload);
    // A renamed organization changes the column and perhaps the order: reload when it shows.
    connect(&workspace, &Workspace::organizationChanged, this, [this](RowId organizationId) {
        for (const auto &row : std::as_const(m_rows))
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
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).caseData.meta.id : 0;
}

const CaseSummary *CaseListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseListModel::rowOfCase(RowId caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).caseData.meta.id == caseId)
            return row;
    return -1;
}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &row = m_rows.at(index.row());
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
            return localDate(c.openedAt);
        case LastActivityColumn:
            return localDate(c.lastActivityAt);
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

bool CaseListModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_changing && !parent.isValid() && m_rows.size() < m_total;
}

void CaseListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ChangeGuard changing(m_changing);
    auto page = m_workspace.cases().page(m_query, int(m_rows.size()), kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.message());
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

void CaseListModel::reload()
{
    ChangeGuard changing(m_changing);
    QString failure;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (auto total = m_workspace.cases().count(m_query); !total) {
        failure = total.message();
    } else if (*total > 0) {
        if (auto page = m_workspace.cases().page(m_query, 0, kPageSize); page) {
            m_rows = *page;
            m_total = *total;
        } else {
            failure = page.message();
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

void CaseListModel::onCaseAdded(RowId caseId)
{
    onCaseChanged(caseId);
}

// Added and changed rows take the same path: where was it, where does it belong now.
void CaseListModel::onCaseChanged(RowId caseId)
{
    ChangeGuard changing(m_changing);
    const bool allLoaded = m_rows.size() >= m_total;
    auto newRow = m_workspace.cases().rowOf(m_query, caseId);
    auto total = m_workspace.cases().count(m_query);
    if (!newRow || !total) {
        logging::get("ui")->warn("cases list could not place case {}", caseId);
        reload();
        return;
    }
    const int loadedRow = rowOfCase(caseId);
    const auto placement = RowPlacement::of(loadedRow, *newRow, int(m_rows.size()), allLoaded);
    std::optional<CaseSummary> summary;
    if (placement.action == RowPlacement::Action::Insert ||
        placement.action == RowPlacement::Action::Move ||
        placement.action == RowPlacement::Action::Update) {
        auto read = m_workspace.cases().summary(caseId);
        if (!read) {
            reload();
            return;
        }
        summary = *read;
    }
    m_total = *total;
    switch (placement.action) {
    case RowPlacement::Action::None:
        break;
    case RowPlacement::Action::Insert:
        insertLoaded(placement.to, *summary);
        break;
    case RowPlacement::Action::Remove:
        removeLoaded(placement.from);
        break;
    case RowPlacement::Action::Move:
        beginMoveRows({}, placement.from, placement.from, {}, placement.moveDestination());
        m_rows.move(placement.from, placement.to);
        m_rows[placement.to] = *summary;
        endMoveRows();
        Q_EMIT dataChanged(index(placement.to, 0), index(placement.to, ColumnCount - 1));
        break;
    case RowPlacement::Action::Update:
        m_rows[placement.from] = *summary;
        Q_EMIT dataChanged(index(placement.from, 0), index(placement.from, ColumnCount - 1));
        break;
    }
}

void CaseListModel::onCaseRemoved(RowId caseId)
{
    ChangeGuard changing(m_changing);
    if (const int row = rowOfCase(caseId); row >= 0)
        removeLoaded(row);
    auto total = m_workspace.cases().count(m_query);
    if (total)
        m_total = *total;
}

void CaseListModel::insertLoaded(int row, const CaseSummary &summary)
{
    beginInsertRows({}, row, row);
    m_rows.insert(row, summary);
    endInsertRows();
}

void CaseListModel::removeLoaded(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace leverage::models
