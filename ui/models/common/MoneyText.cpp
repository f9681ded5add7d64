#include "ui/models/common/MoneyText.h"

#include "core/domain/Money.h"

#include <QLocale>

namespace leverage::models {

QString moneyText(qint64 cents, const QString &currency)
{
    const QLocale locale;
    // The C locale writes "1840.00$"; people under it read the documents' "$1,840.00".
    if (locale.language() == QLocale::C)
        return plainMoney(cents, currency);
    return locale.toCurrencyString(double(cents) / 100.0, currencyPrefix(currency).trimmed());
}

} // namespace leverage::models
