#pragma once

#include "core/domain/Instant.h"

#include <QDate>
#include <QString>

// How a dossier writes dates, times, money and durations: the same on every machine (English
// month names, 24-hour times), and every time with the UTC offset it was recorded with.
namespace leverage::dossierformat {

QString date(const QDate &day);                       // "Wed 26 Nov 2025"
QString monthYear(const QDate &day);                  // "November 2025"
QString zone(int offsetSeconds);                      // "UTC-05:00"
QString day(const Instant &instant);                  // the date where the user was
QString time(const Instant &instant);                 // "10:05 UTC-05:00"
QString dateTime(const Instant &instant);             // "Wed 26 Nov 2025, 10:05 UTC-05:00"
QString dateTime(const QDateTime &dateTime);          // the same for a clock's now
QString money(qint64 cents, const QString &currency); // "$212.00", "EUR 9.50"
QString duration(qint64 seconds);                     // "19 min", "3 h 05 min"
QString count(qsizetype n, const QString &one, const QString &many); // "1 entry", "2 entries"
// Call notes as filed, without the empty time stamps ("[02:02]") a live call leaves at their
// end: the stamp of a paragraph the user never wrote.
QString withoutEmptyStamps(const QString &notes);

} // namespace leverage::dossierformat
