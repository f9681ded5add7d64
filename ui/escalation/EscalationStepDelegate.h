#pragma once

#include <QStyledItemDelegate>

namespace leverage::ui {

// Paints a step on two lines: number and level with its status on the right, then the target
// and the target date. The current step is bold, marked "Current" and has a bar on its left
// (never colour alone); a done step says when it was done.
class EscalationStepDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationStepDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QString statusText(const QModelIndex &index);
};

} // namespace leverage::ui
