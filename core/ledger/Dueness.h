#pragma once

#include <QString>

namespace leverage {

// Where something with a due time stands against "now", in the user's local week
// (Monday to Sunday). The order is the agenda's order.
enum class Dueness
{
    Overdue,
    DueNow, // a window that is open: the callback may come any minute
    DueToday,
    DueThisWeek,
    Later,
    Settled
};

QString duenessKey(Dueness dueness);
QString duenessLabel(Dueness dueness);

} // namespace leverage
