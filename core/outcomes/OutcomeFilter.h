#pragma once

#include "core/domain/Ids.h"

#include <QDate>
#include <QString>
#include <optional>

namespace leverage::outcomes {

struct CaseFacts;

// Which cases the figures count. Every chart and table of the Outcomes view and the
// `outcomes` verb use the same filter.
struct OutcomeFilter
{
    enum class Status
    {
        Any,
        Open,  // not closed with an outcome (reopened cases included)
        Closed // closed with an outcome
    };

    QDate openedFrom;                    // inclusive; invalid: no lower bound
    QDate openedTo;                      // inclusive; invalid: no upper bound
    std::optional<RowId> organizationId; // 0 selects the cases without an organization
    QString sector;                      // empty: any
    Status status = Status::Any;

    bool accepts(const CaseFacts &facts) const;
    // The same with the day it was opened (in its own offset) worked out already.
    bool accepts(const CaseFacts &facts, const QDate &openedOn) const;
};

} // namespace leverage::outcomes
