#pragma once

#include "core/outcomes/OutcomeFacts.h"
#include "core/util/Result.h"

#include <optional>

namespace leverage {

class Workspace;

// Reads what the outcome figures need in a few queries: per case, the sums over its timeline
// entries and promises (kept by the store per case: a heavy workspace has a million entries),
// its outcome and its out-of-pocket costs; the hourly value; every item received; and each
// contact's part in each case.
class OutcomeFactsReader final
{
public:
    explicit OutcomeFactsReader(Workspace &workspace) : m_workspace(workspace) {}

    // Everything; without each contact's part in each case when `withContacts` is false (on a
    // large workspace that is a row per person and case, most of the time of a read).
    Result<outcomes::OutcomeFacts> read(bool withContacts = true) const;
    // Adds the contacts and each one's part in each case to facts read without them (for the
    // per-contact figures), replacing any there.
    Status addContacts(outcomes::OutcomeFacts &facts) const;
    // One case's facts (its outcome and its sums over entries and promises), by its own
    // rows only: the case header and the dossier ask for one case of many. None: no such case.
    Result<std::optional<outcomes::CaseFacts>> readCase(RowId caseId) const;
    // The day it is by the workspace's clock, in the user's offset (what "open till now" means).
    QDate today() const;

private:
    // Every case, or only `onlyCase` when it is not 0.
    Status readCases(outcomes::OutcomeFacts &facts, RowId onlyCase) const;
    // Each case's out-of-pocket costs and the hourly value, into the cases read.
    Status readCosts(outcomes::OutcomeFacts &facts, RowId onlyCase) const;
    Status readItems(outcomes::OutcomeFacts &facts) const;

    Workspace &m_workspace;
};

} // namespace leverage
