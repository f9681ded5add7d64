#include "models/TimelineModel.h"

#include "models/ChangeGuard.h"
#include "models/ModelRoles.h"
#include "models/RowPlacement.h"
#include "store/TimelineRepository.h"
#include "store/Workspace.h"
#include "util/Logging.h"

#include <QLocale>

namespace leverage::models {
namespace {

QString minutes(int seconds)
{
    if (seconds <= 0)
        return {};
    return TimelineModel::tr("%1 min").arg((seconds + 30) / 60);
}

} // namespace

TimelineModel::TimelineModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::entryAdded, this, &TimelineModel::onEntryAdded);
    connect(&workspace, &Workspace::entryChanged, this, &TimelineModel::onEntryChanged);
    connect(&workspace, &Workspace::entryRemoved, this, &TimelineModel::onEntryRemoved);
    connect(&workspace, &Workspace::bulkChange, this, &TimelineModel::reload);
    connect(&workspace, &Workspace::caseRemoved, this, [this](RowId caseId) {
        if (caseId == m_caseId && caseId != 0)
            setCaseId(0);
    });
}

void TimelineModel::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    reload();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

TimelineEntry TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : TimelineEntry{};
}

int TimelineModel::rowOfEntry(RowId entryId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meta.id == entryId)
            return row;
    return -1;
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(e.occurredAt.toLocalTime(), QLocale::ShortFormat);
        case ChannelColumn:
            return channelLabel(e.channel);
        case PersonColumn:
            return e.personPosition.isEmpty() ? e.personName
                                              : tr("%1, %2").arg(e.personName, e.personPosition);
        case ReferenceColumn:
            return e.referenceNumber;
        case SummaryColumn:
            // Shown in words, not by colour alone.
            return e.serviceFailure ? tr("⚠ %1").arg(e.summary) : e.summary;
        case DurationColumn:
            return minutes(e.durationSeconds);
        case HoldColumn:
            return minutes(e.holdSeconds);
        case EffortColumn:
            return e.effort ? QString::number(*e.effort) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn && e.serviceFailure)
            return tr("Service failure: wrong information, or a promise that was not kept.");
        if (index.column() == WhenColumn)
            return e.occurredAt.toDateTime().toString(Qt::ISODate); // with the recorded offset
        return {};
    case IdRole:
        return e.meta.id;
    case CaseIdRole:
        return e.caseId;
    case SortRole:
        switch (index.column()) {
        case WhenColumn:
            return e.occurredAt.utcMs;
        case ChannelColumn:
            return int(e.channel);
        case PersonColumn:
            return e.personName.toLower();
        case ReferenceColumn:
            return e.referenceNumber;
        case SummaryColumn:
            return e.summary.toLower();
        case DurationColumn:
            return e.durationSeconds;
        case HoldColumn:
            return e.holdSeconds;
        case EffortColumn:
            return e.effort.value_or(0);
        }
        return {};
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ChannelColumn:
        return tr("Channel");
    case PersonColumn:
        return tr("Person");
    case ReferenceColumn:
        return tr("Reference");
    case SummaryColumn:
        return tr("Summary");
    case DurationColumn:
        return tr("Duration");
    case HoldColumn:
        return tr("Hold");
    case EffortColumn:
        return tr("Effort");
    }
    return {};
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_changing && !parent.isValid() && m_rows.size() < m_total;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ChangeGuard changing(m_changing);
    auto page = m_workspace.timeline().page(m_caseId, m_newestFirst, int(m_rows.size()), kPageSize);
    if (!page) {
        Q_EMIT loadFailed(page.message());
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

void TimelineModel::reload()
{
    ChangeGuard changing(m_changing);
    QString failure;
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_caseId > 0) {
        if (auto total = m_workspace.timeline().count(m_caseId); !total) {
            failure = total.message();
        } else if (*total > 0) {
            if (auto page = m_workspace.timeline().page(m_caseId, m_newestFirst, 0, kPageSize)) {
                m_rows = *page;
                m_total = *total;
            } else {
                failure = page.message();
            }
        }
    }
    endResetModel();
    if (!failure.isEmpty())
        Q_EMIT loadFailed(failure);
}

void TimelineModel::onEntryAdded(RowId caseId, RowId entryId)
{
    onEntryChanged(caseId, entryId);
}

// Added and changed entries take the same path; an entry moved to another case leaves.
void TimelineModel::onEntryChanged(RowId caseId, RowId entryId)
{
    ChangeGuard changing(m_changing);
    if (m_caseId == 0)
        return;
    const int loadedRow = rowOfEntry(entryId);
    if (caseId != m_caseId) {
        if (loadedRow >= 0)
            onEntryRemoved(m_caseId, entryId);
        return;
    }
    const bool allLoaded = m_rows.size() >= m_total;
    auto entry = m_workspace.timeline().get(entryId);
    const bool gone = !entry && entry.code() == Error::Code::NotFound; // removed since
    auto newRow =
        gone ? Result<qint64>(-1) : m_workspace.timeline().rowOf(m_caseId, entryId, m_newestFirst);
    auto total = m_workspace.timeline().count(m_caseId);
    if ((!entry && !gone) || !newRow || !total) {
        logging::get("ui")->warn("timeline could not place entry {}", entryId);
        reload();
        return;
    }
    m_total = *total;
    const auto placement = RowPlacement::of(loadedRow, *newRow, int(m_rows.size()), allLoaded);
    switch (placement.action) {
    case RowPlacement::Action::None:
        break;
    case RowPlacement::Action::Insert:
        beginInsertRows({}, placement.to, placement.to);
        m_rows.insert(placement.to, *entry);
        endInsertRows();
        break;
    case RowPlacement::Action::Remove:
        removeLoaded(placement.from);
        break;
    case RowPlacement::Action::Move:
        beginMoveRows({}, placement.from, placement.from, {}, placement.moveDestination());
        m_rows.move(placement.from, placement.to);
        m_rows[placement.to] = *entry;
        endMoveRows();
        Q_EMIT dataChanged(index(placement.to, 0), index(placement.to, ColumnCount - 1));
        break;
    case RowPlacement::Action::Update:
        m_rows[placement.from] = *entry;
        Q_EMIT dataChanged(index(placement.from, 0), index(placement.from, ColumnCount - 1));
        break;
    }
}

void TimelineModel::onEntryRemoved(RowId caseId, RowId entryId)
{
    ChangeGuard changing(m_changing);
    if (m_caseId == 0)
        return;
    if (const int row = rowOfEntry(entryId); row >= 0)
        removeLoaded(row);
    if (caseId == m_caseId)
        if (auto total = m_workspace.timeline().count(m_caseId))
            m_total = *total;
}

void TimelineModel::removeLoaded(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

} // namespace leverage::models
