#include "ui/models/commitments/CommitmentListModel.h"

#include "core/ledger/CommitmentDueness.h"
#include "core/services/Clock.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/ReportError.h"

#include <QLocale>
#include <algorithm>
#include <limits>
#include <optional>

namespace leverage::models {
namespace {

// The store's order: made_at (undated first), then id.
bool madeBefore(const Commitment &a, const Commitment &b)
{
    const auto key = [](const Commitment &c) {
        return std::pair(c.madeAt.isNull() ? std::numeric_limits<qint64>::min() : c.madeAt.utcMs,
                         c.meta.id);
    };
    return key(a) < key(b);
}

} // namespace

CommitmentListModel::CommitmentListModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent), LoadStatus(tr("the commitments")), m_workspace(workspace)
{
    connect(&workspace, &Workspace::commitmentAdded, this, &CommitmentListModel::onAdded);
    connect(&workspace, &Workspace::commitmentChanged, this, &CommitmentListModel::onChanged);
    connect(&workspace, &Workspace::commitmentRemoved, this, &CommitmentListModel::onRemoved);
    connect(&workspace, &Workspace::bulkChange, this, &CommitmentListModel::reload);
    connect(&workspace, &Workspace::caseRemoved, this, [this](RowId caseId) {
        if (caseId == m_caseId && caseId != 0)
            setCaseId(0);
    });
}

void CommitmentListModel::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    reload();
}

Commitment CommitmentListModel::commitmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Commitment{};
}

int CommitmentListModel::rowOfCommitment(RowId commitmentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).meta.id == commitmentId)
            return row;
    return -1;
}

int CommitmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CommitmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommitmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &c = m_rows.at(index.row());
    const bool overdue = CommitmentDueness::isOverdue(c, m_workspace.clock().now());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn:
            return c.what;
        case MadeByColumn:
            // Who promised, and who will act when that is someone else.
            return c.actorName.isEmpty() || c.actorName == c.madeByName
                       ? c.madeByName
                       : tr("%1 (%2 will act)").arg(c.madeByName, c.actorName);
        case MadeColumn:
            return shortDateTime(c.madeAt);
        case DueColumn:
            return c.dueAt.isNull() ? QString() : dueText(c.due());
        case StatusColumn:
            // In words, not by colour alone: a broken or overdue promise is the evidence.
            if (c.status == CommitmentStatus::Broken)
                return tr("⚠ %1").arg(commitmentStatusLabel(c.status));
            if (overdue)
                return tr("⚠ %1, overdue").arg(commitmentStatusLabel(c.status));
            return commitmentStatusLabel(c.status);
        case StatusChangedColumn:
            return shortDateTime(c.statusChangedAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && !c.statusNote.isEmpty())
            return c.statusNote;
        return {};
    case IdRole:
        return c.meta.id;
    case CaseIdRole:
        return c.caseId;
    case SortRole:
        switch (index.column()) {
        case WhatColumn:
            return c.what.toLower();
        case MadeByColumn:
            return c.madeByName.toLower();
        case MadeColumn:
            return c.madeAt.utcMs;
        case DueColumn:
            return c.dueAt.utcMs;
        case StatusColumn:
            return int(c.status);
        case StatusChangedColumn:
            return c.statusChangedAt.utcMs;
        }
        return {};
    }
    return {};
}

QVariant CommitmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("What");
    case MadeByColumn:
        return tr("Made by");
    case MadeColumn:
        return tr("Made");
    case DueColumn:
        return tr("Due");
    case StatusColumn:
        return tr("Status");
    case StatusChangedColumn:
        return tr("Status changed");
    }
    return {};
}

void CommitmentListModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_caseId <= 0) {
        markNotLoaded();
    } else if (auto rows = m_workspace.commitments().forCase(m_caseId)) {
        m_rows = *rows;
        markLoaded();
    } else {
        markFailed(rows.message());
    }
    endResetModel();
}

void CommitmentListModel::onAdded(RowId caseId, RowId commitmentId)
{
    onChanged(caseId, commitmentId);
}

// A case has a handful of commitments: find the place by comparing, no paging needed.
void CommitmentListModel::onChanged(RowId caseId, RowId commitmentId)
{
    if (m_caseId == 0)
        return;
    const int row = rowOfCommitment(commitmentId);
    std::optional<Commitment> commitment;
    if (caseId == m_caseId) {
        auto read = m_workspace.commitments().get(commitmentId);
        if (read)
            commitment = *read;
        else if (read.code() != Error::Code::NotFound)
            reportError(errorReporter(), read.message());
    }
    if (row >= 0 && commitment) {
        auto others = m_rows;
        others.removeAt(row);
        const auto at = std::upper_bound(others.begin(), others.end(), *commitment, madeBefore);
        if (at - others.begin() == row) { // same place: a change in place keeps the selection
            m_rows[row] = *commitment;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    if (row >= 0)
        onRemoved(caseId, commitmentId);
    if (!commitment)
        return;
    const auto at = int(std::upper_bound(m_rows.begin(), m_rows.end(), *commitment, madeBefore) -
                        m_rows.begin());
    beginInsertRows({}, at, at);
    m_rows.insert(at, *commitment);
    endInsertRows();
}

void CommitmentListModel::onRemoved(RowId, RowId commitmentId)
{
    if (const int row = rowOfCommitment(commitmentId); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

} // namespace leverage::models
