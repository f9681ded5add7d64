#pragma once

#include <QAbstractListModel>

namespace leverage::models {

class LiveCall;

// The call's promises as a read-back list: the user ticks each one as it is re-confirmed
// before hanging up.
class CallPromisesModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPromisesModel)

public:
    explicit CallPromisesModel(LiveCall &call, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    LiveCall &m_call;
    bool m_resetting = false;
};

} // namespace leverage::models
