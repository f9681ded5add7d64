#include "ui/search/SearchResultDelegate.h"

#include "ui/models/search/SearchResultsModel.h"

#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace leverage::ui {
namespace {

using models::SearchResultsModel;

constexpr int kMargin = 6;

bool isHeader(const QModelIndex &index)
{
    return index.data(SearchResultsModel::IsHeaderRole).toBool();
}

} // namespace

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *style = opt.widget ? opt.widget->style() : QApplication::style();
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    const auto textColor = opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    auto dim = textColor;
    dim.setAlphaF(0.65);
    const auto rect = opt.rect.adjusted(kMargin, 2, -kMargin, -2);
    painter->save();
    if (isHeader(index)) {
        auto font = opt.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(dim);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter,
                          index.data(Qt::DisplayRole).toString());
        painter->restore();
        return;
    }
    QTextDocument snippet;
    snippet.setDefaultFont(opt.font);
    snippet.setDocumentMargin(0);
    snippet.setDefaultStyleSheet(QStringLiteral("body { color: %1; }").arg(textColor.name()));
    const auto metrics = opt.fontMetrics;
    // One line: the snippet elided at the right.
    snippet.setHtml(QStringLiteral("<body style=\"white-space: pre\">%1</body>")
                        .arg(index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    painter->setClipRect(rect);
    painter->translate(rect.topLeft());
    snippet.drawContents(painter, QRectF(0, 0, rect.width(), metrics.height()));
    painter->translate(-rect.topLeft());
    painter->setPen(dim);
    painter->drawText(
        QRect(rect.left(), rect.top() + metrics.height() + 1, rect.width(), metrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        metrics.elidedText(index.data(SearchResultsModel::DetailRole).toString(), Qt::ElideRight,
                           rect.width()));
    painter->restore();
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    // No width of its own: the row takes the view's, and the text is elided to it.
    return {1, isHeader(index) ? line + 8 : 2 * line + 7};
}

} // namespace leverage::ui
