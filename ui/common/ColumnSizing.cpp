#include "ui/common/ColumnSizing.h"
#include "ui/models/common/LocalTimeText.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>

namespace leverage::ui::columns {

void fit(QHeaderView *header, int column, const QString &sample, bool sortable)
{
    const QFontMetrics metrics = header->fontMetrics();
    const QString title =
        header->model() ? header->model()->headerData(column, header->orientation()).toString()
                        : QString();
    constexpr int kCellPadding = 16;
    constexpr int kSortArrow = 22;
    const int width =
        qMax(metrics.horizontalAdvance(sample) + kCellPadding,
             metrics.horizontalAdvance(title) + kCellPadding + (sortable ? kSortArrow : 0));
    header->resizeSection(column, width);
}

void enableChooser(QHeaderView *header, std::function<void(int column)> chosen)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header,
                     [header, chosen](const QPoint &position) {
                         QMenu menu(header);
                         auto *model = header->model();
                         for (int column = 1; model && column < header->count(); ++column) {
                             auto *action = menu.addAction(
                                 model->headerData(column, header->orientation()).toString());
                             action->setCheckable(true);
                             action->setChecked(!header->isSectionHidden(column));
                             QObject::connect(action, &QAction::toggled, header,
                                              [header, column, chosen](bool shown) {
                                                  header->setSectionHidden(column, !shown);
                                                  if (chosen)
                                                      chosen(column);
                                              });
                         }
                         menu.exec(header->viewport()->mapToGlobal(position));
                     });
}

QString dateTimeSample()
{
    return models::shortDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 58)));
}

QString dateSample()
{
    return models::shortDate(QDate(2026, 12, 28));
}

} // namespace leverage::ui::columns
