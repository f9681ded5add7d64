#include "ui/ledger/TrackRecordLabel.h"

#include <QAbstractItemModel>

namespace leverage::ui {

TrackRecordLabel::TrackRecordLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void TrackRecordLabel::setModel(QAbstractItemModel *model, int row)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_row = row;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TrackRecordLabel::showRow);
        connect(m_model, &QAbstractItemModel::modelReset, this, &TrackRecordLabel::showRow);
    }
    showRow();
}

void TrackRecordLabel::showRow()
{
    setText(m_model ? m_model->index(m_row, 0).data().toString() : QString());
}

} // namespace leverage::ui
