#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/outcomes/OutcomeVocabulary.h"

#include <QDate>
#include <QList>

namespace leverage::outcomes {

// One thing the company gave: an amount in minor units (cents, pence) in the currency as
// entered (ISO 4217), and the day it arrived. Amounts in different currencies are never added.
struct OutcomeItem
{
    OutcomeItemKind kind = OutcomeItemKind::Refund;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("USD");
    QDate receivedOn;
    QString note;

    friend bool operator==(const OutcomeItem &, const OutcomeItem &) = default;
};

// How a case was closed, and what resolved it (the escalation step, the contact, the
// letter; each optional). A reopened case keeps its record with reopenedAt set: the money
// received stays received, but the case counts as open again until it is closed anew.
struct CaseOutcome
{
    RowId caseId = 0;
    Outcome outcome = Outcome::ResolvedMoney;
    Instant closedAt;
    Instant reopenedAt; // null while the case stays closed
    RowId resolvedByStepId = 0;
    RowId resolvedByContactId = 0;
    RowId resolvedByLetterId = 0;
    QString note;
    QList<OutcomeItem> items;

    bool isClosed() const { return reopenedAt.isNull(); }

    friend bool operator==(const CaseOutcome &, const CaseOutcome &) = default;
};

} // namespace leverage::outcomes
