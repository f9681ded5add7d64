#pragma once

#include "core/util/Result.h"
#include "core/vcard/ContactCard.h"

#include <QByteArray>
#include <optional>

namespace leverage {

class Workspace;

// Writes a workspace's contacts (all, or one organization's) as vCard 4.0, each supervisor
// named by UUID so another workspace can rebuild who reports to whom.
class ContactExporter final
{
public:
    explicit ContactExporter(Workspace &workspace) : m_workspace(workspace) {}

    Result<QList<ContactCard>> cards(std::optional<RowId> organizationId = std::nullopt) const;
    Result<QByteArray> toVCard(std::optional<RowId> organizationId = std::nullopt) const;
    // Writes the file whole or not at all (a temporary file renamed into place).
    Result<int> exportToFile(const QString &path,
                             std::optional<RowId> organizationId = std::nullopt) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
