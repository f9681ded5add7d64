#pragma once

#include "core/domain/CaseStatus.h"
#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/outcomes/CurrencyTotals.h"
#include "core/outcomes/HourlyValue.h"
#include "core/outcomes/OutcomeVocabulary.h"

#include <QDate>
#include <QString>
#include <optional>
#include <vector>

namespace leverage::outcomes {

// One case as the figures see it: what the store sums over its entries and promises (the
// heavy part, kept by the store per case: see CaseFigures), plus its outcome, what it cost out
// of pocket and the user's hourly value. Grouping and filtering happen in core.
struct CaseFacts
{
    RowId caseId = 0;
    QString title;
    RowId organizationId = 0; // 0: no organization
    QString organizationName;
    QString sector;
    CaseStatus status = CaseStatus::Open;
    Instant openedAt;
    qint64 soughtMinor = 0;
    QString currency;
    std::optional<Outcome> outcome; // only while closed (not for a reopened case)
    Instant closedAt;
    bool reopened = false;
    QString resolvedByLevel; // escalation level key of the step that resolved it, if named
    RowId resolvedByContactId = 0;
    qint64 holdSeconds = 0;
    qint64 callSeconds = 0;
    int calls = 0;
    int emails = 0;
    int letters = 0;
    int visits = 0;
    int chats = 0;
    int contacts = 0; // distinct people named on its entries
    qint64 effortSum = 0;
    int effortCount = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
    CurrencyTotals outOfPocket; // the case's costs, per currency
    HourlyValue hourlyValue;    // the workspace's setting (the same in every case's facts)
};

// One thing received, by case.
struct ItemFacts
{
    RowId caseId = 0;
    OutcomeItemKind kind = OutcomeItemKind::Refund;
    qint64 amountMinor = 0;
    QString currency;
    QDate receivedOn;
};

// A contact's part in one case: promises kept and broken, entries with them.
struct ContactCaseFacts
{
    RowId contactId = 0;
    QString contactName;
    QString organizationName;
    RowId caseId = 0;
    int entries = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
};

struct OutcomeFacts
{
    QDate today; // the day they were read, in the user's offset: an open case is open till then
    std::vector<CaseFacts> cases;
    std::vector<ItemFacts> items;
    std::vector<ContactCaseFacts> contactCases;
};

} // namespace leverage::outcomes
