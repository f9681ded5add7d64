#include "core/dossier/DossierFormat.h"

#include "core/domain/Money.h"

#include <QLocale>
#include <QRegularExpression>

namespace leverage::dossierformat {
namespace {

// Fixed English names: CLDR abbreviations change between Qt versions ("Sep" / "Sept").
constexpr const char *kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char *kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

} // namespace

QString date(const QDate &day)
{
    if (!day.isValid())
        return {};
    return QStringLiteral("%1 %2 %3 %4")
        .arg(QLatin1String(kDays[day.dayOfWeek() - 1]))
        .arg(day.day())
        .arg(QLatin1String(kMonths[day.month() - 1]))
        .arg(day.year());
}

QString monthYear(const QDate &day)
{
    static constexpr const char *kNames[] = {"January",   "February", "March",    "April",
                                             "May",       "June",     "July",     "August",
                                             "September", "October",  "November", "December"};
    if (!day.isValid())
        return {};
    return QStringLiteral("%1 %2").arg(QLatin1String(kNames[day.month() - 1])).arg(day.year());
}

QString zone(int offsetSeconds)
{
    const int minutes = std::abs(offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(offsetSeconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString day(const Instant &instant)
{
    return instant.isNull() ? QString() : date(instant.toDateTime().date());
}

QString time(const Instant &instant)
{
    if (instant.isNull())
        return {};
    return instant.toDateTime().time().toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') +
           zone(instant.offsetSeconds);
}

QString dateTime(const Instant &instant)
{
    if (instant.isNull())
        return {};
    return day(instant) + QStringLiteral(", ") + time(instant);
}

QString dateTime(const QDateTime &moment)
{
    return dateTime(Instant::fromDateTime(moment));
}

QString money(qint64 cents, const QString &currency)
{
    return plainMoney(cents, currency);
}

QString count(qsizetype n, const QString &one, const QString &many)
{
    return QString::number(n) + QLatin1Char(' ') + (n == 1 ? one : many);
}

QString duration(qint64 seconds)
{
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min")
        .arg(minutes / 60)
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString withoutEmptyStamps(const QString &notes)
{
    static const QRegularExpression stamp(QStringLiteral("^\\[\\d{1,3}:\\d\\d(:\\d\\d)?\\]$"));
    QStringList lines = notes.split(QLatin1Char('\n'));
    while (!lines.isEmpty() &&
           (lines.last().trimmed().isEmpty() || stamp.match(lines.last().trimmed()).hasMatch()))
        lines.removeLast();
    return lines.join(QLatin1Char('\n')).trimmed();
}

} // namespace leverage::dossierformat
