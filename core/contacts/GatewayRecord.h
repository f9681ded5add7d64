#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace leverage {

// How a contact has done for the user so far, from every case's timeline.
enum class TrackVerdict
{
    NotEnoughHistory, // too few rated involvements to say
    CanDo,            // "can-do, go-to": helped more than once, helpful on average
    OneAndDone        // helped once, then unhelpful or unanswered
};

QString trackVerdictKey(TrackVerdict verdict);
QString trackVerdictLabel(TrackVerdict verdict);
// What the label means, in plain words ("Helped more than once, and helpful on the whole: a
// person to go to first.").
QString trackVerdictExplanation(TrackVerdict verdict);

// One case a contact took part in, and how they did in it.
struct GatewayCase
{
    RowId caseId = 0;
    QString title;
    Instant firstContact;
    bool rated = false;  // at least one involvement rated
    bool helped = false; // rated helpful (4 or 5) at least once in it
    // They helped, and the case was resolved after: they got it to someone who fixed it.
    bool routedToFix = false;
};

struct GatewayRecord
{
    RowId contactId = 0;
    int timesInvolved = 0; // entries they were the person of, or took part in
    int casesTouched = 0;
    int ratedCount = 0;  // involvements with a helpfulness rating
    int helpedCount = 0; // rated 4 or 5
    std::optional<double> averageHelpfulness;
    Instant lastContact;
    TrackVerdict verdict = TrackVerdict::NotEnoughHistory;
    QList<GatewayCase> cases; // in the order the contact first took part in them

    int casesHelped() const;

    static constexpr int kHelpfulAtLeast = 4;
};

// "helped in 1 of 2 cases", "not involved yet".
QString helpedInCases(const GatewayRecord &record);
// Each case in order: "helped on “MRI claim …”, and routed it to someone who fixed it",
// "did not help on “Physical therapy …”", "not rated on “…”".
QStringList caseByCase(const GatewayRecord &record);

} // namespace leverage
