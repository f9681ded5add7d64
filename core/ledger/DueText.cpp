#include "core/ledger/DueText.h"

#include "core/util/Translate.h"

#include <QDateTime>

namespace leverage {
namespace {

// Fixed English names: CLDR abbreviations change between Qt versions ("Sep" / "Sept").
constexpr const char *kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

QString clock(const Instant &instant)
{
    return instant.toDateTime().time().toString(QStringLiteral("HH:mm"));
}

QString dayAndTime(const Instant &instant, int detail)
{
    return DueText::day(instant, detail) + QStringLiteral(", ") + clock(instant);
}

} // namespace

QString DueText::zone(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString DueText::day(const Instant &instant, int detail)
{
    return instant.isNull() ? QString() : date(instant.toDateTime().date(), detail);
}

QString DueText::date(const QDate &date, int detail)
{
    if (!date.isValid())
        return {};
    QString text = QStringLiteral("%1 %2 %3")
                       .arg(QLatin1String(kDays[date.dayOfWeek() - 1]))
                       .arg(date.day())
                       .arg(QLatin1String(kMonths[date.month() - 1]));
    if (detail & WithYear)
        text += QLatin1Char(' ') + QString::number(date.year());
    return text;
}

QString DueText::span(int minutes)
{
    // Up to two days reads as hours ("within 48 hours"), as people say it.
    if (minutes > 48 * 60 && minutes % (24 * 60) == 0) {
        const int days = minutes / (24 * 60);
        return (days == 1 ? tr("within %1 day") : tr("within %1 days")).arg(days);
    }
    if (minutes > 0 && minutes % 60 == 0) {
        const int hours = minutes / 60;
        return (hours == 1 ? tr("within %1 hour") : tr("within %1 hours")).arg(hours);
    }
    return (minutes == 1 ? tr("within %1 minute") : tr("within %1 minutes")).arg(minutes);
}

QString DueText::of(const DueWindow &due, int detail)
{
    const Style fixed{[detail](const Instant &at) { return day(at, detail); }, &clock,
                      [detail](const Instant &at) { return dayAndTime(at, detail); },
                      (detail & WithZone) && !due.isNull()
                          ? QLatin1Char(' ') + zone(due.until.offsetSeconds)
                          : QString()};
    return of(due, fixed);
}

QString DueText::of(const DueWindow &due, const Style &style)
{
    if (due.isNull())
        return tr("no date");
    switch (due.form) {
    case DueForm::Moment:
        return style.dayAndTime(due.until) + style.zone;
    case DueForm::Window: {
        if (due.from.isNull())
            return tr("by %1").arg(style.dayAndTime(due.until) + style.zone);
        const bool sameDay = style.day(due.from) == style.day(due.until);
        const QString end = sameDay ? style.time(due.until) : style.dayAndTime(due.until);
        return style.dayAndTime(due.from) + QStringLiteral("\u2013") + end + style.zone;
    }
    case DueForm::Within:
        return tr("%1 \u2014 by %2")
            .arg(span(due.withinMinutes), style.dayAndTime(due.until) + style.zone);
    case DueForm::EndOfDay:
        return tr("by end of %1").arg(style.day(due.until));
    }
    return {};
}

} // namespace leverage
