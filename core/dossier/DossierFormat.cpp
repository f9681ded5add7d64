#include "core/dossier/DossierFormat.h"

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
    const QString amount = QLocale::c().toString(double(std::abs(cents)) / 100.0, 'f', 2);
    // Thousands separators by hand: QLocale::c() has none, and the format must not vary.
    QString whole = amount.section(QLatin1Char('.'), 0, 0);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString number = whole + QLatin1Char('.') + amount.section(QLatin1Char('.'), 1);
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    if (currency == QLatin1String("USD") || currency.isEmpty())
        return sign + QLatin1Char('$') + number;
    if (currency == QLatin1String("EUR"))
        return sign + QChar(0x20AC) + number;
    if (currency == QLatin1String("GBP"))
        return sign + QChar(0x00A3) + number;
    return sign + currency + QLatin1Char(' ') + number;
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
