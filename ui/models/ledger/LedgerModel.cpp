#include "ui/models/ledger/LedgerModel.h"

#include "core/ledger/CommitmentDueness.h"
#include "core/services/Clock.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"

#include <QColor>
#include <limits>

namespace leverage::models {

LedgerModel::LedgerModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the promises")), m_workspace(workspace),
      m_lookup(workspace)
{
    connect(&workspace, &Workspace::commitmentAdded, this,
            [this](RowId, RowId id) { onAdded(id); });
    connect(&workspace, &Workspace::commitmentChanged, this,
            [this](RowId, RowId id) { onChanged(id); });
    connect(&workspace, &Workspace::commitmentRemoved, this,
            [this](RowId, RowId id) { onRemoved(id); });
    for (auto signal :
         {&Workspace::caseChanged, &Workspace::contactChanged, &Workspace::contactRemoved,
          &Workspace::organizationChanged, &Workspace::organizationRemoved})
        connect(&workspace, signal, this, &LedgerModel::namesChanged);
    // Removing a case removes its commitments in the same statement, without their signals.
    connect(&workspace, &Workspace::caseRemoved, this, &LedgerModel::reloadIfLoaded);
    connect(&workspace, &Workspace::bulkChange, this, &LedgerModel::reloadIfLoaded);
}

void LedgerModel::ensureLoaded()
{
    if (!isLoaded())
        reload();
}

void LedgerModel::reloadIfLoaded()
{
    if (wasRead())
        reload();
}

void LedgerModel::reload()
{
    beginResetModel();
    m_lookup.clear();
    auto all = m_workspace.commitments().all();
    if (all) {
        m_rows = *all;
        markLoaded();
    } else {
        m_rows.clear();
        logging::get("ledger")->error("ledger model: could not load commitments (code {})",
                                      int(all.code()));
        markFailed(all.message());
    }
    endResetModel();
}

int LedgerModel::rowOf(RowId commitmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].meta.id == commitmentId)
            return row;
    return -1;
}

void LedgerModel::onAdded(RowId commitmentId)
{
    if (!isLoaded())
        return;
    if (rowOf(commitmentId) >= 0)
        return onChanged(commitmentId);
    auto added = m_workspace.commitments().get(commitmentId);
    if (!added)
        return;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(*added);
    endInsertRows();
}

void LedgerModel::onChanged(RowId commitmentId)
{
    const int row = rowOf(commitmentId);
    auto changed = m_workspace.commitments().get(commitmentId);
    if (row < 0 || !changed)
        return;
    m_rows[row] = *changed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void LedgerModel::onRemoved(RowId commitmentId)
{
    const int row = rowOf(commitmentId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void LedgerModel::namesChanged()
{
    m_lookup.clear();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void LedgerModel::refreshDueness()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int LedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::display(const Commitment &c, int column) const
{
    switch (column) {
    case What:
        return c.what;
    case MadeBy: {
        const QString actor = m_lookup.actor(c);
        return actor.isEmpty() ? m_lookup.madeBy(c)
                               : tr("%1 (%2 will act)").arg(m_lookup.madeBy(c), actor);
    }
    case Position:
        return m_lookup.contact(c.contactId).position;
    case Organization:
        return m_lookup.organizationName(m_lookup.organizationOf(c.contactId, c.caseId));
    case CaseTitle:
        return m_lookup.caseTitle(c.caseId);
    case Made:
        return shortDateTime(c.madeAt);
    case Due: {
        if (c.dueAt.isNull())
            return tr("soon (no date)");
        const QString when = dueText(c.due());
        switch (CommitmentDueness::classify(c, m_workspace.clock().now())) {
        case Dueness::Overdue:
            return tr("%1 — overdue").arg(when);
        case Dueness::DueNow:
            return tr("%1 — due now").arg(when);
        default:
            return when;
        }
    }
    case Status:
        return commitmentStatusLabel(c.status);
    case StatusChanged:
        return shortDateTime(c.statusChangedAt);
    default:
        return {};
    }
}

QVariant LedgerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(c, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status && !c.statusNote.isEmpty())
            return c.statusNote;
        if (index.column() == What || index.column() == CaseTitle)
            return display(c, index.column());
        return {};
    case Qt::ForegroundRole:
        if (CommitmentDueness::isOverdue(c, m_workspace.clock().now()))
            return QColor(0xb0, 0x00, 0x20);
        return {};
    case IdRole:
        return c.meta.id;
    case CaseIdRole:
        return c.caseId;
    case ContactIdRole:
        return c.contactId;
    case OrganizationIdRole:
        return m_lookup.organizationOf(c.contactId, c.caseId);
    case DuenessRole:
        return int(CommitmentDueness::classify(c, m_workspace.clock().now()));
    case StatusRole:
        return int(c.status);
    case SortRole:
        switch (index.column()) {
        case Made:
            return c.madeAt.isNull() ? QVariant(qint64(0)) : QVariant(c.madeAt.utcMs);
        case Due:
            // Undated promises sort after every dated one.
            return c.dueAt.isNull() ? QVariant(std::numeric_limits<qint64>::max())
                                    : QVariant(c.dueAt.utcMs);
        case StatusChanged:
            return c.statusChangedAt.isNull() ? QVariant(qint64(0))
                                              : QVariant(c.statusChangedAt.utcMs);
        default:
            return display(c, index.column());
        }
    default:
        return {};
    }
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case What:
        return tr("Promise");
    case MadeBy:
        return tr("By");
    case Position:
        return tr("Position");
    case Organization:
        return tr("Organization");
    case CaseTitle:
        return tr("Case");
    case Made:
        return tr("Made");
    case Due:
        return tr("Due");
    case Status:
        return tr("Status");
    case StatusChanged:
        return tr("Status changed");
    default:
        return {};
    }
}

} // namespace leverage::models
