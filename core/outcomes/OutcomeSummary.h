#pragma once

#include "core/outcomes/CaseOutcome.h"
#include "core/outcomes/CurrencyTotals.h"

namespace leverage::outcomes {

// A case's outcome in one line, for the case header and the dossier's summary: "Resolved with
// money (closed 2026-02-10): received €20.00 + $100.00 of $120.00 sought". A reopened case
// says so; amounts stay in their own currencies.
class OutcomeSummary final
{
public:
    static QString line(const CaseOutcome &record, qint64 soughtMinor, const QString &currency);
    // What was received, per currency.
    static CurrencyTotals received(const CaseOutcome &record);
};

} // namespace leverage::outcomes
