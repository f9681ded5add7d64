#include "core/clocks/ClockOffset.h"

#include <QCoreApplication>
#include <array>
#include <utility>

namespace leverage::clocks {
namespace {

using Unit = ClockOffset::Unit;

constexpr std::array<std::pair<Unit, const char *>, 6> kKeys{{
    {Unit::Days, "days"},
    {Unit::BusinessDays, "business_days"},
    {Unit::Weeks, "weeks"},
    {Unit::Months, "months"},
    {Unit::Years, "years"},
    {Unit::BillingCycles, "billing_cycles"},
}};

} // namespace

QString ClockOffset::unitKey(Unit unit)
{
    for (const auto &[candidate, key] : kKeys)
        if (candidate == unit)
            return QString::fromLatin1(key);
    return {};
}

bool ClockOffset::unitFromKey(const QString &key, Unit *unit)
{
    for (const auto &[candidate, name] : kKeys) {
        if (key == QLatin1String(name)) {
            *unit = candidate;
            return true;
        }
    }
    return false;
}

QString ClockOffset::text() const
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    const bool one = amount == 1 || amount == -1;
    switch (unit) {
    case Unit::Days:
        return (one ? tr("%1 day") : tr("%1 days")).arg(amount);
    case Unit::BusinessDays:
        return (one ? tr("%1 business day") : tr("%1 business days")).arg(amount);
    case Unit::Weeks:
        return (one ? tr("%1 week") : tr("%1 weeks")).arg(amount);
    case Unit::Months:
        return (one ? tr("%1 month") : tr("%1 months")).arg(amount);
    case Unit::Years:
        return (one ? tr("%1 year") : tr("%1 years")).arg(amount);
    case Unit::BillingCycles:
        return (one ? tr("%1 billing cycle") : tr("%1 billing cycles")).arg(amount);
    }
    return {};
}

} // namespace leverage::clocks
