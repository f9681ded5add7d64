#pragma once

#include "core/contacts/Involvement.h"
#include "core/domain/Instant.h"
#include "core/util/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <optional>

namespace leverage {

class Workspace;

// One row of a contact search: enough to list and sort contacts without loading each one.
struct ContactSummary
{
    RowId id = 0;
    QString name;
    QString position;
    RowId organizationId = 0;
    QString organizationName;
    bool isGateway = false;
    Instant lastContact; // null: never in a timeline entry
};

// What to search for; empty text matches everyone.
struct ContactSearch
{
    QString text; // in name, organization or position, case-insensitive
    bool gatewaysOnly = false;
    int limit = 5000;
};

// Read-only queries over contacts that the repositories do not answer, with bound values.
class ContactQueries final
{
public:
    explicit ContactQueries(Workspace &workspace) : m_workspace(workspace) {}

    // Contacts whose name, organization or position contain the text, most recently
    // contacted first (never contacted last, then by name).
    Result<QList<ContactSummary>> search(const ContactSearch &search) const;
    // Ids of every contact, or of one organization's, ordered by organization then name.
    Result<QList<RowId>> contactIds(std::optional<RowId> organizationId = std::nullopt) const;
    // Id and name of each contact of an organization (0: of no organization).
    Result<QList<QPair<RowId, QString>>> namesIn(RowId organizationId) const;
    // The contact with this uuid, or 0.
    Result<RowId> idByUuid(const QString &uuid) const;
    // Every involvement of a contact, oldest first; an entry counts once.
    Result<QList<Involvement>> involvements(RowId contactId) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
