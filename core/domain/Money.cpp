#include "core/domain/Money.h"

#include <QLocale>
#include <cstdlib>

namespace leverage {

QString currencyPrefix(const QString &currency)
{
    if (currency == QLatin1String("USD") || currency.isEmpty())
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QString(QChar(0x20AC));
    if (currency == QLatin1String("GBP"))
        return QString(QChar(0x00A3));
    return currency + QLatin1Char(' ');
}

QString plainMoney(qint64 cents, const QString &currency)
{
    const QString amount = QLocale::c().toString(double(std::abs(cents)) / 100.0, 'f', 2);
    // Thousands separators by hand: QLocale::c() has none, and the format must not vary.
    QString whole = amount.section(QLatin1Char('.'), 0, 0);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, QLatin1Char(','));
    const QString number = whole + QLatin1Char('.') + amount.section(QLatin1Char('.'), 1);
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    return sign + currencyPrefix(currency) + number;
}

} // namespace leverage
