#pragma once

#include <QDate>
#include <QString>

namespace leverage {

// An all-day event for the calendar export, from outside the ledger (a clock's due date):
// a date in the case's jurisdiction, not an instant, so it is written as a DATE.
struct IcsDayEvent
{
    QString uid; // stable, so a newer export updates the event
    int sequence = 0;
    QDate date;
    QString summary;
    QString description;
    QString category;
};

} // namespace leverage
