#pragma once

#include <QStyledItemDelegate>

namespace leverage::ui {

// Paints a search result in two lines: the snippet with its matched words in bold, and below
// it, dimmer, the case, the date and the person. A group's heading is one bold, dim line.
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace leverage::ui
