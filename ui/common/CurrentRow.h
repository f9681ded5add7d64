#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace leverage::ui {

// The row a pane's buttons act on: the view's current row (column 0), which the keyboard
// moves by Tab and the arrow keys, selected or not. Selection alone needed Space or a click.
inline QModelIndex currentRow(const QAbstractItemView &view)
{
    const QModelIndex current =
        view.selectionModel() ? view.selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.siblingAtColumn(0) : QModelIndex();
}

} // namespace leverage::ui
