#include "ui/common/FormFields.h"

#include "ui/common/DateTimeField.h"

#include <QPlainTextEdit>
#include <cmath>

namespace leverage::ui::fields {

QPlainTextEdit *shortText(QWidget *parent, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    // Said, not left to the default: a long sentence stays in view as it is typed.
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    edit->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    const int height = edit->fontMetrics().lineSpacing() * lines + 12;
    edit->setMinimumHeight(height);
    edit->setMaximumHeight(height * 2);
    return edit;
}

QDateTimeEdit *dateTime(QWidget *parent, const QString &format)
{
    auto *edit = new DateTimeField(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(format);
    return edit;
}

QDateTimeEdit *date(QWidget *parent, const QString &format)
{
    auto *edit = new DateTimeField(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(format);
    return edit;
}

QDateTimeEdit *duration(QWidget *parent)
{
    auto *edit = new DateTimeField(QTime(0, 0), parent);
    edit->setDisplayFormat(QStringLiteral("H:mm:ss"));
    edit->setToolTip(QObject::tr("hours:minutes:seconds"));
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
