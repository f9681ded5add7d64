#include "ui/common/FormFields.h"

#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <cmath>

namespace leverage::ui::fields {

QPlainTextEdit *shortText(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    return edit;
}

QDateTimeEdit *dateTime(QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

double centsToUnits(qint64 cents)
{
    return double(cents) / 100.0;
}

qint64 unitsToCents(double units)
{
    return qint64(std::llround(units * 100.0));
}

} // namespace leverage::ui::fields
