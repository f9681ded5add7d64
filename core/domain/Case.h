#pragma once

#include "core/domain/CaseStatus.h"
#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// One problem with one organization (others may be involved: see CaseRepository).
struct Case
{
    RowMeta meta;
    QString title;
    RowId organizationId = 0;
    QString reference; // account or order number
    QString desiredOutcome;
    CaseStatus status = CaseStatus::Open;
    QString outcome;
    qint64 amountSoughtCents = 0;
    qint64 amountRecoveredCents = 0;
    QString currency = QStringLiteral("USD");
    Instant openedAt;
    Instant lastActivityAt; // derived: the newest timeline entry, kept by the store

    friend bool operator==(const Case &, const Case &) = default;
};

} // namespace leverage
