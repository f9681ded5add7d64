#pragma once

#include "core/calls/CallState.h"
#include "core/domain/Contact.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

class Workspace;

// What filing a call wrote, so that it can be taken back (undo).
struct FiledCall
{
    RowId entryId = 0;
    QList<RowId> commitmentIds;
    QList<RowId> followUpIds;
    QList<RowId> contactIds; // people met for the first time on the call
    // Contacts the filing changed (a supervisor's direct line, whom the rep reports to), as
    // they were before.
    QList<Contact> contactsBefore;
};

// The life of a live call in the store: a draft saved as the user types, offered again after
// a crash, and filed at the end as one timeline entry with its people, commitments and
// follow-ups, all in one transaction.
class CallSession final
{
public:
    explicit CallSession(Workspace &workspace);

    // Starts a call now on a case (0: not chosen yet), with the person if contactId is given;
    // the draft exists in the store when this returns.
    Result<CallState> start(RowId caseId, RowId contactId = 0);
    // Saves the call's current state over its draft: one UPDATE, no signals.
    Status save(const CallState &state);
    // The draft's payload for `state`, stamped as saved now (for a background writer).
    QString payloadOf(const CallState &state) const;
    // Calls whose drafts are still in the store (the app died mid-call), oldest first.
    Result<QList<CallState>> drafts() const;
    // Stores the call in a new draft (its old one went away, e.g. with its case) and sets
    // state.draftId to it.
    Status restore(CallState &state);
    Status discard(RowId draftId);
    // Files the call on its case and deletes the draft; on any failure nothing is filed and
    // the draft is kept. Returns the new timeline entry's id.
    Result<RowId> file(const CallState &state);
    Result<FiledCall> fileCall(const CallState &state);
    // Takes a filed call back off the case in one transaction and keeps it as a draft again
    // (state.draftId is set to the new draft).
    Status unfile(const FiledCall &filed, CallState &state);

private:
    // The supervisor named on the call as a contact of the organization (found by name, or
    // added with the direct line), whom `rep` reports to; 0 when none was named.
    Result<RowId> fileSupervisor(const CallState &state, RowId repId, FiledCall &filed);
    // Changes a stored contact, keeping how it was in `filed` for unfile.
    Status changeContact(const Contact &before, const Contact &after, FiledCall &filed);

    Workspace &m_workspace;
};

} // namespace leverage
