#pragma once

#include "core/domain/CallDraft.h"
#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/FollowUp.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"

#include <QList>
#include <QString>

namespace leverage {
class Workspace;
}

namespace leverage::testing {

// Every row of a workspace read back through the repositories, to compare a store before an
// edit with the store after its undo. Participants, involvements and links are rendered as
// text lines (they have no value type with equality of their own).
struct StoreDump
{
    QList<Organization> organizations;
    QList<Contact> contacts;
    QList<Case> cases;
    QList<TimelineEntry> entries;
    QList<Commitment> commitments;
    QList<FollowUp> followUps;
    QList<EscalationStep> steps;
    QList<CallDraft> drafts;
    QStringList relations; // participants, case organizations, organization links

    static StoreDump read(Workspace &ws);
    // The same dump with versions and updated times cleared: an undone edit is a new write.
    StoreDump withoutVersions() const;
    // Which parts differ, for a readable failure.
    QString difference(const StoreDump &other) const;
    friend bool operator==(const StoreDump &, const StoreDump &) = default;
};

} // namespace leverage::testing
