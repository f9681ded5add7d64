#pragma once

#include "core/domain/Organization.h"
#include "core/vcard/ContactCard.h"

#include <QList>

namespace leverage {

// What an import would do, card by card, before anything is written.
struct ImportPreview
{
    enum class Kind
    {
        New,
        Duplicate
    };
    struct Row
    {
        ContactCard card;
        Kind kind = Kind::New;
        RowId existingId = 0;           // the contact it duplicates (same name and organization)
        bool organizationIsNew = false; // its organization is not in the workspace yet
    };

    QList<Row> rows;

    int count(Kind kind) const
    {
        int n = 0;
        for (const auto &row : rows)
            n += row.kind == kind ? 1 : 0;
        return n;
    }
};

// What an import wrote, row by row, so that it can be taken back and put back exactly (the
// undo of an import, as a removal snapshot is the undo of a delete).
struct ImportChanges
{
    QList<Organization> createdOrganizations; // as stored
    QList<Contact> createdContacts;           // as the import left them, supervisors first
    QList<Contact> changedBefore; // existing contacts merged into or linked, as they were
    QList<Contact> changedAfter;  // the same contacts, as the import left them
};

// What an import did.
struct ImportReport
{
    int created = 0;
    int merged = 0;
    int skipped = 0;
    int organizationsCreated = 0;
    ImportChanges changes;
};

} // namespace leverage
