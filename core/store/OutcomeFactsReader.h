#pragma once

#include "core/outcomes/OutcomeFacts.h"
#include "core/util/Result.h"

namespace leverage {

class Workspace;

// Reads what the outcome figures need in three queries: per case, the sums over its timeline
// entries and promises (SQL does these: a heavy workspace has a million entries), its
// outcome; every item received; and each contact's part in each case.
class OutcomeFactsReader final
{
public:
    explicit OutcomeFactsReader(Workspace &workspace) : m_workspace(workspace) {}

    Result<outcomes::OutcomeFacts> read() const;

private:
    Status readCases(outcomes::OutcomeFacts &facts) const;
    Status readItems(outcomes::OutcomeFacts &facts) const;
    Status readContacts(outcomes::OutcomeFacts &facts) const;

    Workspace &m_workspace;
};

} // namespace leverage
