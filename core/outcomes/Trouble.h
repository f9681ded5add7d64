#pragma once

#include "core/domain/CaseStatus.h"
#include "core/domain/Ids.h"
#include "core/outcomes/CurrencyTotals.h"
#include "core/outcomes/HourlyValue.h"

#include <QDate>
#include <QString>

namespace leverage::outcomes {

struct CaseFacts;

// What a complaint cost the person (issue 22, "time and trouble"): how often they had to get
// in touch and how, the minutes on the phone (hold included, as a call records it) and on
// hold, how many days the case was open, and the promises made to them and broken; and in
// money, the time on the phone at the user's hourly value (if they set one) and what they
// paid out of pocket (postage, calls, travel), per currency.
struct Trouble
{
    int calls = 0;
    int emails = 0;
    int letters = 0;
    int visits = 0;
    int chats = 0;
    qint64 callSeconds = 0;
    qint64 holdSeconds = 0;
    qint64 daysOpen = 0; // calendar days from opened to closed, or to the day read while open
    int promisesBroken = 0;
    HourlyValue hourly;         // the user's, the same for every case (not summed)
    CurrencyTotals outOfPocket; // per currency, never added across currencies

    int contacts() const { return calls + emails + letters + visits + chats; }
    // Whole minutes, rounded to the nearest: what a person would write on a form.
    qint64 callMinutes() const { return (callSeconds + 30) / 60; }
    qint64 holdMinutes() const { return (holdSeconds + 30) / 60; }
    // The time on the phone (hold included) at the hourly value, in its currency's minor
    // units; 0 when no hourly value is set.
    qint64 timeValueMinor() const;
    Trouble &operator+=(const Trouble &other);

    // One case's trouble from its facts, with `today` the day the facts were read (in the
    // user's own offset) for a case still open.
    static Trouble of(const CaseFacts &facts, const QDate &today);

    // "It took 3 contacts (2 calls, 1 e-mail), 40 minutes on the phone of which 25 on hold,
    // 36 days open and 1 broken promise." The sentence the dossier and the case say, followed
    // by costSentence() when there is money to say.
    QString sentence() const;
    // "At $30.00 an hour, the time on the phone is worth $20.00. Out of pocket: €5.00 + $12.40."
    // Empty without costs and without time on the phone at an hourly value.
    QString costSentence() const;
};

// One case's trouble, for the table and chart of the cases that cost most.
struct CaseTrouble
{
    RowId caseId = 0;
    QString title;
    QString organizationName;             // empty: no organization
    bool closed = false;                  // with an outcome
    CaseStatus status = CaseStatus::Open; // as the case list shows it
    Trouble trouble;
};

} // namespace leverage::outcomes
