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

// A person named on an entry or a promise of some case.
struct ContactFacts
{
    RowId contactId = 0;
    QString name;
    QString organizationName;
};

// A contact's part in one case (named on its entries, or made it a promise): the promises
// kept and broken. Small on purpose: a large workspace has a row per person and case, a
// million, and the per-contact figures go over all of them on every filter change.
struct ContactCaseFacts
{
    RowId caseId = 0;
    RowId contactId = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
};

struct OutcomeFacts
{
    QDate today; // the day they were read, in the user's offset: an open case is open till then
    std::vector<CaseFacts> cases; // by id
    std::vector<ItemFacts> items;
    std::vector<ContactFacts> contacts;         // by id
    std::vector<ContactCaseFacts> contactCases; // by case, then contact
};

} // namespace leverage::outcomes
