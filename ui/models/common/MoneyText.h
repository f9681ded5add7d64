#pragma once

#include <QString>

namespace leverage::models {

// An amount as people read it in their locale, with its currency's sign: "$1,840.00".
QString moneyText(qint64 cents, const QString &currency);

} // namespace leverage::models
