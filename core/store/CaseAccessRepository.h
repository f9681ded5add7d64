#pragma once

#include "core/domain/RowMeta.h"
#include "core/util/Result.h"

#include <QStringList>

namespace leverage {

class Workspace;

// Who may see a case of a team workspace: private (only its advocates and the supervisors)
// and which advocates work it, by login. The server enforces it (TeamAccess's row-level
// security); this reads and writes the two facts. On a file both stay as stored, unused.
struct CaseAccess
{
    bool isPrivate = false;
    QStringList advocates; // logins, sorted

    friend bool operator==(const CaseAccess &, const CaseAccess &) = default;
};

class CaseAccessRepository
{
public:
    explicit CaseAccessRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<CaseAccess> get(RowId caseId);
    // Replaces both, in one write. The server refuses an advocate's login the assignment of
    // advocates (a supervisor's call): the error then says so.
    Status set(RowId caseId, const CaseAccess &access);

private:
    Workspace &m_workspace;
};

} // namespace leverage
