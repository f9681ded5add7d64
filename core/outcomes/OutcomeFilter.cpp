#include "core/outcomes/OutcomeFilter.h"

#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFigures.h"

namespace leverage::outcomes {

bool OutcomeFilter::accepts(const CaseFacts &facts) const
{
    return accepts(facts, localDate(facts.openedAt));
}

bool OutcomeFilter::accepts(const CaseFacts &facts, const QDate &opened) const
{
    if (openedFrom.isValid() || openedTo.isValid()) {
        if (!opened.isValid())
            return false;
        if (openedFrom.isValid() && opened < openedFrom)
            return false;
        if (openedTo.isValid() && opened > openedTo)
            return false;
    }
    if (organizationId && *organizationId != facts.organizationId)
        return false;
    if (!sector.isEmpty() && sector != facts.sector)
        return false;
    const bool closed = facts.outcome.has_value();
    if (status == Status::Open && closed)
        return false;
    if (status == Status::Closed && !closed)
        return false;
    return true;
}

} // namespace leverage::outcomes
