#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace leverage::outcomes {

// Money the complaint cost the user (issue 22, "time and trouble"): postage, calls, travel.
// In the currency as entered, in minor units; the day it was spent and what it was for.
struct OutOfPocketCost
{
    qint64 amountMinor = 0;
    QString currency;
    QDate spentOn; // may be unknown
    QString what;

    bool operator==(const OutOfPocketCost &other) const = default;
};

using OutOfPocketCosts = QList<OutOfPocketCost>;

} // namespace leverage::outcomes
