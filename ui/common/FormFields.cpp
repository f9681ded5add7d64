#include "ui/common/FormFields.h"

#include "ui/common/DateTimeField.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <cmath>

namespace leverage::ui::fields {
namespace {

// The default ISO forms ("2026-03-02 09:15") are what English readers get: the same on either
// side of the Atlantic. In another language the fields take the locale's own numeric form
// with the full year ("02.03.2026 09:15"); an explicit format is kept as it is.
QString localFormat(const QString &format)
{
    const QLocale locale;
    if (locale.language() == QLocale::C || locale.language() == QLocale::English)
        return format;
    QString date = locale.dateFormat(QLocale::ShortFormat);
    if (!date.contains(QLatin1String("yyyy")))
        date.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    if (format == QLatin1String("yyyy-MM-dd"))
        return date;
    if (format == QLatin1String("yyyy-MM-dd HH:mm"))
        return date + QLatin1Char(' ') + locale.timeFormat(QLocale::ShortFormat);
    return format;
}

} // namespace

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
    edit->setDisplayFormat(localFormat(format));
    return edit;
}

QDateTimeEdit *date(QWidget *parent, const QString &format)
{
    auto *edit = new DateTimeField(QDate::currentDate(), parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(localFormat(format));
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
