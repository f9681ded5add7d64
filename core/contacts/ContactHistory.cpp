#include "core/contacts/ContactHistory.h"

#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactQueries.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>

namespace leverage {

GatewayRecord ContactHistory::summarize(RowId contactId, const QList<Involvement> &involvements,
                                        const QHash<RowId, CaseFacts> &cases)
{
    GatewayRecord record;
    record.contactId = contactId;
    record.timesInvolved = int(involvements.size());
    int sum = 0;
    int firstHelpful = -1;
    QSet<RowId> caseIds;
    for (int i = 0; i < involvements.size(); ++i) {
        const auto &involvement = involvements.at(i);
        if (!caseIds.contains(involvement.caseId)) {
            caseIds.insert(involvement.caseId);
            const auto facts = cases.value(involvement.caseId);
            record.cases.append({involvement.caseId, facts.title, involvement.occurredAt});
        }
        auto &inCase = *std::find_if(record.cases.begin(), record.cases.end(),
                                     [&](const auto &c) { return c.caseId == involvement.caseId; });
        if (record.lastContact.isNull() || record.lastContact < involvement.occurredAt)
            record.lastContact = involvement.occurredAt;
        if (!involvement.helpfulness)
            continue;
        ++record.ratedCount;
        inCase.rated = true;
        sum += *involvement.helpfulness;
        if (*involvement.helpfulness >= GatewayRecord::kHelpfulAtLeast) {
            ++record.helpedCount;
            inCase.helped = true;
            inCase.routedToFix = cases.value(involvement.caseId).resolved;
            if (firstHelpful < 0)
                firstHelpful = i;
        }
    }
    record.casesTouched = int(caseIds.size());
    if (record.ratedCount > 0)
        record.averageHelpfulness = double(sum) / record.ratedCount;

    if (record.helpedCount > 1 && record.averageHelpfulness &&
        *record.averageHelpfulness >= GatewayRecord::kHelpfulAtLeast)
        record.verdict = TrackVerdict::CanDo;
    else if (record.helpedCount == 1 && firstHelpful + 1 < involvements.size())
        // Everything after the one good turn was unhelpful or went unanswered (unrated).
        record.verdict = TrackVerdict::OneAndDone;
    return record;
}

Result<GatewayRecord> ContactHistory::record(RowId contactId) const
{
    auto involvements = ContactQueries(m_workspace).involvements(contactId);
    if (!involvements)
        return involvements.error();
    QHash<RowId, CaseFacts> cases;
    for (const auto &involvement : std::as_const(*involvements)) {
        if (cases.contains(involvement.caseId))
            continue;
        auto found = m_workspace.cases().get(involvement.caseId);
        if (!found)
            return found.error();
        // Fixed: resolved, or closed with money back.
        const bool fixed = found->status == CaseStatus::Resolved ||
                           (found->status == CaseStatus::Closed && found->amountRecoveredCents > 0);
        cases.insert(involvement.caseId, {found->title, fixed});
    }
    return summarize(contactId, *involvements, cases);
}

Result<QList<ContactHistoryEntry>> ContactHistory::entries(RowId contactId) const
{
    auto entries = m_workspace.timeline().forContact(contactId);
    if (!entries)
        return entries.error();
    auto involvements = ContactQueries(m_workspace).involvements(contactId);
    if (!involvements)
        return involvements.error();
    QHash<RowId, std::optional<int>> ratings;
    for (const auto &involvement : *involvements)
        ratings.insert(involvement.entryId, involvement.helpfulness);
    QList<ContactHistoryEntry> rows;
    rows.reserve(entries->size());
    for (const auto &entry : *entries)
        rows.append({entry, caseTitle(entry.caseId), ratings.value(entry.meta.id)});
    return rows;
}

Result<QList<ContactCommitment>> ContactHistory::commitments(RowId contactId) const
{
    auto commitments = m_workspace.commitments().forContact(contactId);
    if (!commitments)
        return commitments.error();
    QList<ContactCommitment> rows;
    rows.reserve(commitments->size());
    for (const auto &commitment : *commitments)
        rows.append({commitment, caseTitle(commitment.caseId)});
    return rows;
}

QString ContactHistory::caseTitle(RowId caseId) const
{
    auto found = m_workspace.cases().get(caseId);
    return found ? found->title : QString();
}

} // namespace leverage
