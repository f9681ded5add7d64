#include "ui/models/calls/CallPromisesModel.h"

#include "ui/models/calls/LiveCall.h"

#include <QLocale>

namespace leverage::models {

CallPromisesModel::CallPromisesModel(LiveCall &call, QObject *parent)
    : QAbstractListModel(parent), m_call(call)
{
    connect(&call, &LiveCall::promiseAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(&call, &LiveCall::promiseAdded, this, [this](int) { endInsertRows(); });
    connect(&call, &LiveCall::promiseChanged, this, [this](int row) {
        const auto at = index(row);
        Q_EMIT dataChanged(at, at, {Qt::CheckStateRole});
    });
    // A new or resumed call brings a whole new list; a stopped one shows none.
    connect(&call, &LiveCall::callStarted, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&call, &LiveCall::callStopped, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(&call, &LiveCall::participantsChanged, this, [this] {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole});
    });
}

int CallPromisesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_call.isLive())
        return 0;
    return int(m_call.state().promises.size());
}

QVariant CallPromisesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &state = m_call.state();
    const auto &promise = state.promises[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return state.describe(promise);
    case Qt::CheckStateRole:
        return promise.confirmed ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole:
        return promise.confirmed ? tr("Re-confirmed before hanging up")
                                 : tr("Read it back and tick when confirmed");
    default:
        return {};
    }
}

bool CallPromisesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    m_call.setPromiseConfirmed(index.row(), value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags CallPromisesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

} // namespace leverage::models
