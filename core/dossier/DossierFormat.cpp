#include "core/dossier/DossierFormat.h"

#include "core/domain/Money.h"
#include "core/ledger/DueText.h"

#include <QLocale>
#include <QRegularExpression>

namespace leverage::dossierformat {

// Fixed English names (CLDR abbreviations change between Qt versions: "Sep" / "Sept"), from
// the one formatter the ledger, the notes and the calendar use too.
QString date(const QDate &day)
{
    return DueText::date(day, DueText::WithYear);
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
    return DueText::zone(offsetSeconds);
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
