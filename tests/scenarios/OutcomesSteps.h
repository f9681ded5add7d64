#pragma once

#include "ui/outcomes/OutcomesWindow.h"

#include <QApplication>
#include <QKeySequence>
#include <QString>
#include <QTableView>
#include <gtest/gtest.h>

namespace leverage::testing::outcomes_steps {

// What the outcomes scenarios share: the key that opens the Outcomes window, the demo case
// they work on, the window once open, and a table's cell as the table shows it.
inline const QKeySequence kOutcomes{Qt::CTRL | Qt::SHIFT | Qt::Key_U};
inline const QString kHotel = QStringLiteral("Hotel reimbursement promised after cancelled flight");

inline ui::OutcomesWindow *outcomesWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<ui::OutcomesWindow *>(widget);
            window && window->isVisible())
            return window;
    return nullptr;
}

// The cell of a table row under a header, as the table shows it.
inline QString cell(const QTableView *table, int row, const QString &header)
{
    const auto *model = table->model();
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return model->index(row, column).data().toString();
    ADD_FAILURE() << "no column " << header.toStdString();
    return {};
}

} // namespace leverage::testing::outcomes_steps
