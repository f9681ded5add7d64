#pragma once

#include "core/domain/FollowUp.h"
#include "core/util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace leverage {
class Workspace;
}

namespace leverage::clocks {

// The clocks' dates for the agenda and the reminders (issue 19): the day each clock of a case
// opens a door or runs out, worded for a list ("Clock: Financial Ombudsman Service — you may
// refer your complaint …"). Clocks still waiting for their event have no date; dates more than
// kDaysBack days past have left the agenda (the case's Clocks pane keeps them).
class ClockAgenda final
{
public:
    static constexpr int kDaysBack = 14;
    // Reminders come in the morning of the day, at the user's offset.
    static constexpr int kReminderHour = 9;

    struct Item
    {
        RowId caseId = 0;
        QDate date;
        QString what;
    };

    static Result<QList<Item>> items(Workspace &workspace);
    // The items as read-only agenda rows: not stored (id 0), due by the end of their day.
    static QList<FollowUp> asFollowUps(const QList<Item> &items, int offsetSeconds);
    // The moment an item's reminder is due (UTC ms).
    static qint64 reminderAt(const Item &item, int offsetSeconds);
};

} // namespace leverage::clocks
