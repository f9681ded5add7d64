#pragma once

#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"
#include "core/letters/LetterKind.h"

namespace leverage {

// One letter of a case: a draft the user edits, then sent (by post, e-mail, fax or hand) and
// recorded on the timeline (entryId) with a follow-up at its deadline (followUpId).
struct Letter
{
    RowMeta meta;
    RowId caseId = 0;
    LetterKind kind = LetterKind::Complaint;
    LetterTone tone = LetterTone::Courteous;
    RowId contactId = 0; // the addressee
    QString subject;
    QString body; // HTML, as the editor keeps it
    Instant deadline;
    LetterState state = LetterState::Draft;
    Instant sentAt;
    LetterChannel channel = LetterChannel::None;
    QString trackingNumber;
    RowId entryId = 0;
    RowId followUpId = 0;
    Instant writtenAt; // when it was drafted, with the user's offset then

    bool isSent() const { return state == LetterState::Sent; }
    friend bool operator==(const Letter &, const Letter &) = default;
};

// The user's own details, for the letterhead and the signature.
struct MyDetails
{
    QString name;
    QString address; // several lines
    QString phone;
    QString email;

    bool isEmpty() const
    {
        return name.isEmpty() && address.isEmpty() && phone.isEmpty() && email.isEmpty();
    }
    friend bool operator==(const MyDetails &, const MyDetails &) = default;
};

// One number a letter about the case must quote: an account, order or policy number.
struct CaseNumber
{
    QString kind; // "account", "order", "policy", or the user's own label
    QString number;
    friend bool operator==(const CaseNumber &, const CaseNumber &) = default;
};

} // namespace leverage
