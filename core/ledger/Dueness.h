#pragma once

#include <QString>

namespace leverage {

// Where something with a due time stands against "now", in the user's local week
// (Monday to Sunday). The order is the agenda's order.
enum class Dueness
{
    Overdue,
    DueToday,
    DueThisWeek,
    Later,
    Settled
};

QString duenessKey(Dueness dueness);
QString duenessLabel(Dueness dueness);

} // namespace leverage
