#pragma once

#include <QDate>

namespace leverage::calls {

// The day `days` business days (Monday to Friday) after `from`; 0 is `from` itself, and a
// weekend `from` counts from the next Monday. Holidays are not counted here (a promise's
// "five business days" is the rep's reckoning); the arithmetic is the clocks' calendar.
QDate addBusinessDays(const QDate &from, int days);

} // namespace leverage::calls
