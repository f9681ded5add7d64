#pragma once

#include "core/domain/Ids.h"
#include "core/dossier/DossierData.h"
#include "core/dossier/DossierOptions.h"
#include "core/util/Result.h"

namespace leverage {

class Workspace;

// Reads one case from the workspace into the plain values a dossier prints: the cover, the
// summary, the escalation path, the timeline in order, the commitments and the people.
class DossierAssembler final
{
public:
    explicit DossierAssembler(Workspace &workspace) : m_workspace(workspace) {}

    Result<DossierData> assemble(RowId caseId, const DossierOptions &options) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
