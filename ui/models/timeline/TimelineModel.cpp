#include "ui/models/timeline/TimelineModel.h"

#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"

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
    : PagedTableModel(tr("the timeline"), parent), m_workspace(workspace)
{
    connect(&workspace, &Workspace::entryAdded, this, &TimelineModel::onEntryChanged);
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
    const auto *entry = loadedRow(row);
    return entry ? *entry : TimelineEntry{};
}

int TimelineModel::rowOfEntry(RowId entryId) const
{
    return loadedRowOf(entryId);
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &e = *loadedRow(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return shortDateTime(e.occurredAt);
        case ChannelColumn:
            return channelLabel(e.channel);
        case PersonColumn: {
            const QString person = e.personPosition.isEmpty()
                                       ? e.personName
                                       : tr("%1, %2").arg(e.personName, e.personPosition);
            const QString others = m_others.value(e.meta.id);
            if (others.isEmpty())
                return person;
            return person.isEmpty() ? others : tr("%1; %2").arg(person, others);
        }
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
        if (index.column() == PersonColumn) // the column is narrow; who else was on it
            return data(index, Qt::DisplayRole);
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

Result<qint64> TimelineModel::countRows() const
{
    return m_caseId > 0 ? m_workspace.timeline().count(m_caseId) : Result<qint64>(0);
}

Result<QList<TimelineEntry>> TimelineModel::readPage(int offset, int limit) const
{
    auto page = m_workspace.timeline().page(m_caseId, m_newestFirst, offset, limit);
    if (!page)
        return page;
    QList<RowId> ids;
    for (const auto &entry : *page)
        ids << entry.meta.id;
    auto participants = m_workspace.timeline().participantsOf(ids);
    if (!participants)
        return participants.error();
    rememberOthers(*participants);
    return page;
}

void TimelineModel::rememberOthers(const QHash<RowId, QList<EntryParticipant>> &participants) const
{
    for (auto it = participants.begin(); it != participants.end(); ++it) {
        QStringList with;
        QStringList copied;
        for (const auto &p : it.value())
            (p.cc ? copied : with) << p.name;
        QStringList parts;
        if (!with.isEmpty())
            parts << tr("with %1").arg(with.join(QStringLiteral(", ")));
        if (!copied.isEmpty())
            parts << tr("cc %1").arg(copied.join(QStringLiteral(", ")));
        m_others.insert(it.key(), parts.join(QStringLiteral("; ")));
    }
}

RowId TimelineModel::idOf(const TimelineEntry &row) const
{
    return row.meta.id;
}

// Added and changed entries take the same path; an entry moved to another case leaves.
void TimelineModel::onEntryChanged(RowId caseId, RowId entryId)
{
    if (m_caseId == 0)
        return;
    if (caseId != m_caseId) {
        if (rowOfEntry(entryId) >= 0)
            onEntryRemoved(m_caseId, entryId);
        return;
    }
    auto entry = m_workspace.timeline().get(entryId);
    const bool gone = !entry && entry.code() == Error::Code::NotFound; // removed since
    m_others.remove(entryId);
    if (auto participants = m_workspace.timeline().participantsOf({entryId}); participants)
        rememberOthers(*participants);
    auto newRow =
        gone ? Result<qint64>(-1) : m_workspace.timeline().rowOf(m_caseId, entryId, m_newestFirst);
    auto total = m_workspace.timeline().count(m_caseId);
    const bool placed = (entry || gone) && newRow && total && place(entryId, *newRow, *total, [&] {
                            return entry ? std::optional<TimelineEntry>(*entry) : std::nullopt;
                        });
    if (!placed) {
        logging::get("ui")->warn("timeline could not place entry {}", entryId);
        reload();
    }
}

void TimelineModel::onEntryRemoved(RowId caseId, RowId entryId)
{
    if (m_caseId == 0)
        return;
    std::optional<qint64> total;
    if (caseId == m_caseId)
        if (auto counted = m_workspace.timeline().count(m_caseId))
            total = *counted;
    forget(entryId, total);
}

} // namespace leverage::models
