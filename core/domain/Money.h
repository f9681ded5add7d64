#pragma once

#include <QString>

namespace leverage {

// The sign a reader expects before an amount in this ISO 4217 currency ("$" for USD), or the
// code itself followed by a space for a currency without a well-known sign ("CHF ").
QString currencyPrefix(const QString &currency);

// The same on every machine, for documents: "$1,840.00", "EUR 9.50" (C locale digits,
// thousands by commas).
QString plainMoney(qint64 cents, const QString &currency);

} // namespace leverage
