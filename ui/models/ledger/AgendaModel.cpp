#include "ui/models/ledger/AgendaModel.h"

#include "core/ledger/CommitmentDueness.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"

#include <QColor>

namespace leverage::models {
namespace {

// internalId 0 marks a bucket row; a follow-up row stores its bucket's row + 1.
constexpr quintptr kBucketRow = 0;
constexpr int kBucketCount = int(FollowUpAgenda::kBuckets.size());

} // namespace

AgendaModel::AgendaModel(Workspace &workspace, QObject *parent)
    : QAbstractItemModel(parent), LoadStatus(tr("the follow-ups")), m_workspace(workspace),
      m_lookup(workspace)
{
    for (auto signal :
         {&Workspace::followUpAdded, &Workspace::followUpChanged, &Workspace::followUpRemoved})
        connect(&workspace, signal, this, &AgendaModel::reloadIfLoaded);
    for (auto signal : {&Workspace::caseChanged, &Workspace::caseRemoved,
                        &Workspace::contactChanged, &Workspace::contactRemoved})
        connect(&workspace, signal, this, &AgendaModel::reloadIfLoaded);
    connect(&workspace, &Workspace::bulkChange, this, &AgendaModel::reloadIfLoaded);
}

void AgendaModel::setDatedRows(DatedRows rows)
{
    m_datedRows = std::move(rows);
    reloadIfLoaded();
}

void AgendaModel::ensureLoaded()
{
    if (!isLoaded())
        reload();
}

void AgendaModel::reloadIfLoaded()
{
    if (wasRead())
        reload();
}

void AgendaModel::reload()
{
    beginResetModel();
    m_lookup.clear();
    Result<QList<FollowUp>> dated = QList<FollowUp>{};
    if (m_datedRows)
        dated = m_datedRows();
    auto agenda =
        dated ? FollowUpAgenda::load(m_workspace, *dated) : Result<FollowUpAgenda>(dated.error());
    if (agenda) {
        m_agenda = *agenda;
        markLoaded();
    } else {
        m_agenda = FollowUpAgenda();
        logging::get("ledger")->error("agenda model: could not load follow-ups (code {})",
                                      int(agenda.code()));
        markFailed(agenda.message());
    }
    endResetModel();
}

QModelIndex AgendaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kBucketRow);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AgendaModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kBucketRow)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kBucketRow);
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return kBucketCount;
    if (parent.internalId() == kBucketRow && parent.column() == 0)
        return int(m_agenda.bucketAt(parent.row()).size());
    return 0;
}

int AgendaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const FollowUp *AgendaModel::followUpAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kBucketRow)
        return nullptr;
    const auto &bucket = m_agenda.bucketAt(int(index.internalId() - 1));
    return index.row() < bucket.size() ? &bucket.at(index.row()) : nullptr;
}

QModelIndex AgendaModel::indexOf(RowId followUpId) const
{
    for (int b = 0; b < kBucketCount; ++b) {
        const auto &bucket = m_agenda.bucketAt(b);
        for (int row = 0; row < bucket.size(); ++row)
            if (bucket.at(row).meta.id == followUpId)
                return index(row, 0, index(b, 0));
    }
    return {};
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto *followUp = followUpAt(index);
    if (!followUp) {
        const auto dueness = FollowUpAgenda::kBuckets[std::size_t(index.row())];
        if (role == Qt::DisplayRole && index.column() == What)
            return tr("%1 (%2)")
                .arg(duenessLabel(dueness))
                .arg(m_agenda.bucketAt(index.row()).size());
        if (role == IsBucketRole)
            return true;
        if (role == DuenessRole)
            return int(dueness);
        return {};
    }
    const auto dueness = FollowUpAgenda::kBuckets[std::size_t(index.internalId() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case What:
            return followUp->what;
        case Due: {
            if (!followUp->snoozedUntil.isNull() &&
                CommitmentDueness::effectiveDue(*followUp) == followUp->snoozedUntil)
                return tr("%1 (snoozed)").arg(shortDateTime(followUp->snoozedUntil));
            const QString when = dueText(followUp->due());
            return dueness == Dueness::DueNow ? tr("%1 — due now").arg(when) : when;
        }
        case CaseTitle:
            return m_lookup.caseTitle(followUp->caseId);
        case With:
            return m_lookup.contact(followUp->contactId).name;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return followUp->notes.isEmpty() ? followUp->what : followUp->notes;
    case Qt::ForegroundRole:
        return dueness == Dueness::Overdue ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    case IdRole:
        return followUp->meta.id;
    case CaseIdRole:
        return followUp->caseId;
    case ContactIdRole:
        return followUp->contactId;
    case DuenessRole:
        return int(dueness);
    case IsBucketRole:
        return false;
    default:
        return {};
    }
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("Follow-up");
    case Due:
        return tr("Due");
    case CaseTitle:
        return tr("Case");
    case With:
        return tr("With");
    default:
        return {};
    }
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kBucketRow)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace leverage::models
