#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/DueWindow.h"
#include "core/domain/EscalationLevel.h"
#include "core/domain/Instant.h"
#include "core/dossier/DossierExhibits.h"
#include "core/dossier/DossierTimeline.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

// Everything a dossier prints: plain values, so rendering can be tested (and benchmarked) on
// data built by hand. A case's timeline is the exception: read from the workspace, its rows are
// streamed while the pages are drawn (see DossierTimeline).
struct DossierData
{
    struct Organization
    {
        QString name;
        QString role;       // as the user reads it ("Installer"); may be empty
        QString referredBy; // the organization that handed the case to this one
    };

    struct Cover
    {
        QString caseTitle;
        QList<Organization> organizations;
        QString reference;
        Instant openedAt;
        QString status;
        QString desiredOutcome;
        QString outcome;
        // The recorded outcome, sought against received per currency (issue 22); empty for a
        // case never closed with one.
        QString outcomeLine;
        // What the case cost the person (outcomes::Trouble::sentence), with the outcome.
        QString troubleLine;
        qint64 amountSoughtCents = 0;
        qint64 amountRecoveredCents = 0;
        // What was received: the outcome's items per currency ("$212.00 + €20.00") once the
        // case has an outcome, else the amount noted on the case.
        QString receivedText;
        QString currency;
        QString preparedBy;
        QDateTime asOf; // the workspace clock's now, with its offset
        QDate from;     // the range printed; null ends are open
        QDate to;
        bool privateIncluded = false;
        int privateLeftOut = 0;
    };

    struct Summary
    {
        int contacts = 0; // calls, e-mails, letters, chats, visits (notes are not contacts)
        int people = 0;   // everyone the record names: the appendix's rows
        qint64 secondsSpent = 0;
        qint64 secondsOnHold = 0;
        int kept = 0;
        int broken = 0;
        int pending = 0;
        int overdue = 0; // pending and past due
        int withdrawn = 0;
        int serviceFailures = 0;
        QStringList whatHappened;
    };

    struct EscalationRow
    {
        int position = 0;
        EscalationLevel level = EscalationLevel::FrontLine;
        EscalationStatus status = EscalationStatus::Planned;
        QString who;
        Instant reachedAt; // as EscalationStanding says: recorded, or the first contact at it
        Instant doneAt;
        QDate targetDate;
        QString note;
    };

    using TimelineRow = DossierTimelineRow;

    struct CommitmentRow
    {
        QString what;
        QString madeBy;
        QString madeByPosition;
        int entryNumber = 0; // the timeline entry it was made in, 0 if not printed
        Instant madeAt;
        DueWindow due;
        QString actor; // who will act, when not the one who promised
        CommitmentStatus status = CommitmentStatus::Pending;
        bool overdue = false;
        Instant statusChangedAt;
        QString statusNote;
    };

    struct ContactRow
    {
        QString name;
        QString position;
        QString department;
        QString organization;
        QString supervisor;
        QString directLine;
        QString extension;
        QString email;
        int entries = 0;
        bool isContact = true; // false: a name in the record, not (yet) a contact
    };

    // A clock of the case (issue 19), as printed: its words already made (DossierClocks).
    struct ClockRow
    {
        QString rule;  // "Financial Ombudsman: final response or 8 weeks"
        QString route; // "Complaint to the company"
        QString from;  // "complaint or dispute made: Tue 3 Feb 2026"
        QString due;   // "Tue 31 Mar 2026"
        QString state; // "in 29 days", "expired"
        QString then;
        QString basis; // legal basis, source link, confidence
    };

    // A letter of the case that was sent (issue 18), as the Letters section lists it.
    struct LetterRow
    {
        int number = 0; // 1-based in the order sent, as the timeline cites it
        Instant sentAt;
        QString kind;    // "Complaint"
        QString subject; // the letter's own reference line
        QString to;
        QString toPosition;
        QString toOrganization;
        QString channel;     // "Post"
        QString tracking;    // a recorded-post or other reference; may be empty
        QDate answerBy;      // the deadline it gave; null: none
        int entryNumber = 0; // its timeline entry's number, 0 if not printed
    };

    Cover cover;
    Summary summary;
    bool showEscalation = true;
    QList<EscalationRow> escalation;
    QList<ClockRow> clocks;
    QList<LetterRow> letters;
    DossierTimeline timeline;
    QList<CommitmentRow> commitments;
    bool showContacts = true;
    QList<ContactRow> contacts;
    DossierExhibits exhibits; // issue 21
};

} // namespace leverage
