#pragma once

#include "core/domain/DueWindow.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace leverage::models {

// How Leverage writes a date or a moment for people: the locale's short form, to the minute.
// (The "C" locale's short form carries seconds, which nobody records in a call log.)
QString shortDate(const QDate &date);
QString shortDateTime(const QDateTime &moment);
// The instant in local time; empty when it is not set.
QString shortDate(const Instant &instant);
QString shortDateTime(const Instant &instant);
// A due moment or window in the same short forms ("within 48 hours — by …").
QString dueText(const DueWindow &due);

} // namespace leverage::models
