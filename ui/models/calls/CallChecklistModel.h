#pragma once

#include "core/calls/CallChecklist.h"

#include <QAbstractListModel>

namespace leverage::models {

class LiveCall;

// The field notes' checklist for the live call: one row per item, checked once the matching
// information is captured. It ticks itself; the user does not tick it.
class CallChecklistModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallChecklistModel)

public:
    explicit CallChecklistModel(const LiveCall &call, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    int doneCount() const;

private:
    void refresh();

    const LiveCall &m_call;
    QList<CallChecklist::Entry> m_entries;
};

} // namespace leverage::models
