#include "core/outcomes/CurrencyTotals.h"

#include <QStringList>

namespace leverage::outcomes {

QString plainAmount(qint64 minor)
{
    const qint64 whole = minor / 100;
    const qint64 cents = (minor < 0 ? -minor : minor) % 100;
    const QString sign = (minor < 0 && whole == 0) ? QStringLiteral("-") : QString();
    return sign + QStringLiteral("%1.%2").arg(whole).arg(cents, 2, 10, QLatin1Char('0'));
}

QString totalsText(const CurrencyTotals &totals)
{
    QStringList parts;
    for (auto it = totals.begin(); it != totals.end(); ++it)
        parts << it.key() + QLatin1Char(' ') + plainAmount(it.value());
    return parts.join(QStringLiteral("; "));
}

} // namespace leverage::outcomes
