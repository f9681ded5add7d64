#pragma once

#include <QLabel>
#include <QPointer>

class QAbstractItemModel;

namespace leverage::ui {

// One row of a track-record model ("Northwind — Promises: 5 made, 3 kept, 1 broken, 1 pending
// — 75 % kept"), kept current as the model changes: a view, it reads nothing itself.
class TrackRecordLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrackRecordLabel)

public:
    explicit TrackRecordLabel(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model, int row);

private:
    void showRow();

    QPointer<QAbstractItemModel> m_model;
    int m_row = 0;
};

} // namespace leverage::ui
