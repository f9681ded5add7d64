#pragma once

#include <QMap>
#include <QString>

namespace leverage::outcomes {

// Amounts in minor units by ISO 4217 code: money in different currencies is never added,
// only listed side by side ("USD 120.00; EUR 30.00").
using CurrencyTotals = QMap<QString, qint64>;

// "120.00" from 12000: the digits a spreadsheet reads, C locale, no thousands separator.
QString plainAmount(qint64 minor);
// Every currency of the totals, each as "USD 120.00", joined by "; "; empty for none.
QString totalsText(const CurrencyTotals &totals);

} // namespace leverage::outcomes
