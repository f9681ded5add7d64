#pragma once

#include <QDate>

#include <QDate>

namespace leverage::calls {

// The day `days` business days (Monday to Friday) after `from`; 0 is `from` itself, and a
// weekend `from` counts from the next Monday. Holidays are not known here: a fuller calendar
// lives elsewhere; a promise's "five business days" needs only this.
QDate addBusinessDays(const QDate &from, int days);

} // namespace leverage::calls
