#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/DueWindow.h"
#include "core/domain/EscalationLevel.h"
#include "core/domain/Instant.h"
#include "core/dossier/DossierExhibits.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

// Everything a dossier prints, read from the workspace once: plain values, no store access,
// so rendering can be tested (and benchmarked) on data built by hand.
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
        qint64 amountSoughtCents = 0;
        qint64 amountRecoveredCents = 0;
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

    struct TimelineRow
    {
        int number = 0; // 1-based, in print order, for "see entry 14"
        Instant occurredAt;
        QString channel;
        QString personName;
        QString personPosition;
        QStringList others; // everyone else who took part
        QStringList copied; // who was sent a copy (cc)
        QString reference;
        QString summary;
        QString notes;
        int durationSeconds = 0;
        int holdSeconds = 0;
        bool serviceFailure = false;
        bool isPrivate = false;
    };

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

    Cover cover;
    Summary summary;
    bool showEscalation = true;
    QList<EscalationRow> escalation;
    QList<TimelineRow> timeline;
    QList<CommitmentRow> commitments;
    bool showContacts = true;
    QList<ContactRow> contacts;
    DossierExhibits exhibits; // issue 21
};

} // namespace leverage
