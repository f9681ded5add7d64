#pragma once

#include "core/util/Result.h"

namespace leverage {

class Workspace;

// Fills an empty workspace with believable, fictional cases drawn from the field notes: a
// reimbursement a rep promised and never filed, an appliance delivery through a retailer's
// contractor, a DSL install where a technician went out of his way, a health-insurer dispute
// an executive's assistant resolved once. Deterministic: the same content every time, dated
// relative to the workspace clock's "now".
class DemoWorkspaceBuilder
{
public:
    explicit DemoWorkspaceBuilder(Workspace &workspace) : m_workspace(workspace) {}
    Status build();

private:
    Workspace &m_workspace;
};

} // namespace leverage
