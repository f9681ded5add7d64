#pragma once

#include "core/domain/EscalationLevel.h"
#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

#include <QDate>

namespace leverage {

// One rung of a case's escalation path; position orders the path (0 first).
struct EscalationStep
{
    RowMeta meta;
    RowId caseId = 0;
    int position = 0;
    EscalationLevel level = EscalationLevel::FrontLine;
    RowId contactId = 0;
    RowId organizationId = 0;
    QString targetText;
    EscalationStatus status = EscalationStatus::Planned;
    QDate targetDate;
    Instant reachedAt; // when the case got to this level (null: not reached, or not recorded)
    Instant doneAt;
    QString note;

    friend bool operator==(const EscalationStep &, const EscalationStep &) = default;
};

} // namespace leverage
