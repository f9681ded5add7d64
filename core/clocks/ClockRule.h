#pragma once

#include "core/clocks/ClockOffset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace leverage::clocks {

// One deadline rule as data (the rule file's record; see docs/clock-rules.md and
// resources/clocks/default-rules.json): where and for which sectors it applies, the event that
// starts it, how long it runs and what happens then. Combinations: a clock ends early when
// `endsEarlyOn` happens first ("final response or 8 weeks, whichever comes first"); `cap`
// bounds it ("two billing cycles, 90 days at most"); a variant replaces the offset when its
// event is recorded (Reg E: 45 days with provisional credit); an extension adds to it (FCRA:
// +15 days when the consumer adds information); `after` chains it to the rules whose due date
// opens its window (DISP 2.8.2's six months after DISP 2.8.1's eight weeks).
struct ClockRule
{
    enum class Confidence
    {
        Confirmed,  // found in the rule's own text or a regulator's page
        Unconfirmed // from a secondary source: `note` says what is unsure
    };
    // What the due date means for the user.
    enum class Kind
    {
        Opens,    // a door opens: "you may refer this to the ombudsman"
        Deadline, // the other side must have acted by then
        Expires   // a right of the user runs out
    };
    enum class DateBasis
    {
        Received, // the day the other side received it (FCRA: the dispute's receipt)
        Sent      // the day it was sent (Reg Z: the statement's sending)
    };
    struct Variant
    {
        QString when; // a recorded event on the same route
        ClockOffset offset;
        friend bool operator==(const Variant &, const Variant &) = default;
    };
    struct Extension
    {
        QString when;
        ClockOffset add;
        friend bool operator==(const Extension &, const Extension &) = default;
    };

    // The event key a chained rule uses for "the day the window of `after` opened".
    static QString windowOpenedEvent() { return QStringLiteral("window_opened"); }

    QString id; // stable across versions of the default set: user edits are keyed by it
    QString title;
    QStringList countries; // ISO 3166 codes; "EU" stands for every member state
    QString region;        // a state or province where only it applies ("CA" for California)
    QStringList sectors;   // empty: every sector
    QString route = QStringLiteral("company");
    QString body;
    QString legalBasis;
    QString sourceUrl;
    Confidence confidence = Confidence::Unconfirmed;
    QString note;
    QDate effectiveFrom; // first day a trigger may fall on for this rule (null: always)
    QDate effectiveTo;   // last such day (null: no end)
    QString trigger;
    DateBasis basis = DateBasis::Received;
    ClockOffset offset;
    QString calendar; // business-day calendar; empty: the case's country
    Kind kind = Kind::Deadline;
    QString effect;
    QString endsEarlyOn;
    std::optional<ClockOffset> cap;
    QList<Variant> variants;
    QList<Extension> extensions;
    QStringList after;

    bool appliesOn(const QDate &date) const
    {
        return (effectiveFrom.isNull() || date >= effectiveFrom) &&
               (effectiveTo.isNull() || date <= effectiveTo);
    }

    friend bool operator==(const ClockRule &, const ClockRule &) = default;
};

} // namespace leverage::clocks
