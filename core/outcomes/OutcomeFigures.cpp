#include "core/outcomes/OutcomeFigures.h"

#include "core/outcomes/OutcomeGrouper.h"

namespace leverage::outcomes {

QDate localDate(const Instant &at)
{
    if (at.isNull())
        return {};
    // Whole days since 1970-01-01 (Julian day 2440588), rounded down for instants before it:
    // a division, not a QDateTime per case (a filter change reads the date of every case).
    constexpr qint64 kMsPerDay = 24LL * 60 * 60 * 1000;
    const qint64 local = at.utcMs + qint64(at.offsetSeconds) * 1000;
    const qint64 days = local / kMsPerDay - (local % kMsPerDay < 0 ? 1 : 0);
    return QDate::fromJulianDay(2440588 + days);
}

std::optional<double> OrganizationFigures::shareResolved() const
{
    if (closed == 0)
        return std::nullopt;
    return double(resolved) / double(closed);
}

OutcomeFigures OutcomeFigures::compute(const OutcomeFacts &facts, const OutcomeFilter &filter,
                                       bool withContacts)
{
    auto parts = OutcomeGrouper::allParts();
    if (!withContacts)
        parts &= ~OutcomeGrouper::Parts(OutcomeGrouper::Part::Contacts);
    return OutcomeGrouper(facts).figures(filter, parts);
}

} // namespace leverage::outcomes
