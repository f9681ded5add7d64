#pragma once

#include "core/domain/DueWindow.h"
#include "core/domain/Ids.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace leverage {

// Someone the user spoke with during the call; joinedAtSeconds is the time into the call.
struct CallParticipant
{
    RowId contactId = 0; // 0: not (yet) a contact
    QString name;
    QString position;
    QString extension; // employee id or extension
    int joinedAtSeconds = 0;
    std::optional<int> helpfulness; // 1 unhelpful … 5 very helpful

    friend bool operator==(const CallParticipant &, const CallParticipant &) = default;
};

// A commitment made during the call; confirmed is the read-back tick before hanging up.
struct CallPromise
{
    QString what;
    int participantIndex = -1; // who made it (index into participants), -1: unknown
    DueWindow due;             // null: no date given
    int madeAtSeconds = 0;
    bool confirmed = false;
    // Who will act: a participant, CallState::kSupervisor, or kNobody (the one who promised).
    int actorIndex = -1;
    // A callback to expect: filed with a follow-up on the agenda besides the commitment.
    bool expected = false;

    friend bool operator==(const CallPromise &, const CallPromise &) = default;
};

// Something the user must do or expect after the call.
struct CallFollowUp
{
    QString what;
    DueWindow due;
    int participantIndex = -1; // who will act or whom it is about; kSupervisor; kNobody: me
    int madeAtSeconds = 0;

    friend bool operator==(const CallFollowUp &, const CallFollowUp &) = default;
};

// Everything captured during one live call: what the draft stores as JSON and what filing
// turns into a timeline entry. Elapsed and hold time come from the clock, not from a counter,
// so a call resumed after a crash keeps counting (the phone call went on without the app).
struct CallState
{
    static constexpr int kFormatVersion = 1;
    // Person indexes besides the participants': nobody (or "me"), and the supervisor named in
    // the header, who was not on the call.
    static constexpr int kNobody = -1;
    static constexpr int kSupervisor = -2;

    RowId draftId = 0; // the stored draft; not part of the payload
    RowId caseId = 0;
    RowId organizationId = 0;
    Instant startedAt;
    Instant endedAt; // set when the user ends the call (or files a recovered one as it was)
    Instant savedAt; // when the draft was last saved
    qint64 holdAccumulatedSeconds = 0;
    Instant holdStartedAt; // non-null while on hold
    QList<CallParticipant> participants;
    int currentParticipant = -1; // who the user is speaking with now
    // What is typed in "With:" but not (yet) chosen as a participant: part of the draft like
    // everything else on the call pane, and the person the call is filed with if no one was.
    QString typedPerson;
    QString referenceNumber;
    QString callbackNumber;
    QString supervisorName;
    QString supervisorLine; // the supervisor's direct line
    QString notes;
    QList<CallPromise> promises;
    QList<CallFollowUp> followUps;
    bool rationaleCaptured = false;    // a quote tagged as the policy's rationale
    bool alternativesCaptured = false; // a quote tagged as alternatives offered
    std::optional<int> effort;         // 1 easy … 5 very difficult
    QString summary;

    bool isOnHold() const { return !holdStartedAt.isNull(); }
    bool isEnded() const { return !endedAt.isNull(); }
    // Seconds since the start, up to `now` (or to the end, once ended).
    qint64 elapsedSeconds(const QDateTime &now) const;
    // Time on hold so far, including the current hold.
    qint64 holdSeconds(const QDateTime &now) const;
    // Puts the call on hold or takes it off, at `now`.
    void toggleHold(const QDateTime &now);
    // Ends the call at `at`, closing a hold still open.
    void end(const QDateTime &at);
    // The participant the call is with, or nullptr.
    const CallParticipant *current() const;
    // The name of a participant, of the supervisor (kSupervisor), or empty.
    QString personName(int index) const;
    // "Call back (by Kevin Hale; Carl Jensen will act), due Thu 5 Mar, 14:00–16:00": the
    // promise as the notes' PROMISE line and the read-back list say it.
    QString describe(const CallPromise &promise) const;
    // "12:40": minutes and seconds into the call (minutes go past 59).
    static QString stamp(qint64 seconds);

    QByteArray toJson() const;
    // Tolerates missing fields (older drafts) and refuses only text that is not JSON.
    static std::optional<CallState> fromJson(const QByteArray &json);

    friend bool operator==(const CallState &, const CallState &) = default;
};

} // namespace leverage
