#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Ids.h"

#include <QHash>
#include <QString>

namespace leverage {

class Workspace;

// Names of organizations and people for a dossier, each read from the workspace once: a
// dossier names the same few people on thousands of rows.
class DossierNames
{
public:
    explicit DossierNames(Workspace &workspace) : m_workspace(workspace) {}

    QString organization(RowId id);
    // The contact, or null when there is none with this id.
    const Contact *contact(RowId id);

    // "Name, Position", or whichever of the two there is.
    static QString personAndPosition(const QString &name, const QString &position);

private:
    Workspace &m_workspace;
    QHash<RowId, QString> m_organizations;
    QHash<RowId, Contact> m_contacts;
};

} // namespace leverage
