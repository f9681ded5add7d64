#pragma once

#include "core/contacts/GatewayRecord.h"
#include "core/contacts/Involvement.h"
#include "core/domain/Commitment.h"
#include "core/domain/TimelineEntry.h"
#include "core/util/Result.h"

#include <QHash>
#include <QList>

namespace leverage {

class Workspace;

// One timeline entry a contact was part of, with the case it belongs to.
struct ContactHistoryEntry
{
    TimelineEntry entry;
    QString caseTitle;
    std::optional<int> helpfulness; // how helpful this contact was in it
};

// One commitment a contact made, with its case.
struct ContactCommitment
{
    Commitment commitment;
    QString caseTitle;
};

// A contact's history across every case: what they took part in, what they promised and
// whether they kept it, and the track record that sorts gateways into "can-do, go-to" and
// "one-and-done".
class ContactHistory final
{
public:
    explicit ContactHistory(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<ContactHistoryEntry>> entries(RowId contactId) const;
    Result<QList<ContactCommitment>> commitments(RowId contactId) const;
    Result<GatewayRecord> record(RowId contactId) const;

    // A case as the track record names it: its title, and whether it was fixed.
    struct CaseFacts
    {
        QString title;
        bool resolved = false; // resolved, or closed with money recovered
    };

    // The verdict for involvements in time order (exposed for tests of the rule itself).
    static GatewayRecord summarize(RowId contactId, const QList<Involvement> &involvements,
                                   const QHash<RowId, CaseFacts> &cases = {});

private:
    QString caseTitle(RowId caseId) const;

    Workspace &m_workspace;
};

} // namespace leverage
