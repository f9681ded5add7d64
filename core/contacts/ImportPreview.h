#pragma once

#include "core/domain/Organization.h"
#include "core/vcard/ContactCard.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <algorithm>

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

    // What the file carries that contacts cannot keep ("PHOTO", "BDAY" …) with the number of
    // cards that have it, in the order first met: shown before importing, never dropped
    // silently.
    QList<QPair<QString, int>> notStored() const
    {
        QList<QPair<QString, int>> totals;
        for (const auto &row : rows)
            for (const auto &name : row.card.notStored) {
                auto it = std::find_if(totals.begin(), totals.end(),
                                       [&name](const auto &total) { return total.first == name; });
                if (it == totals.end())
                    totals.append({name, 1});
                else
                    ++it->second;
            }
        return totals;
    }

    // The same as one line: "PHOTO (2 cards), BDAY (1 card)"; empty when all is kept.
    QString notStoredText() const
    {
        QStringList items;
        for (const auto &[name, cards] : notStored())
            items << (cards == 1 ? QCoreApplication::translate("leverage", "%1 (1 card)").arg(name)
                                 : QCoreApplication::translate("leverage", "%1 (%2 cards)")
                                       .arg(name)
                                       .arg(cards));
        return items.join(QStringLiteral(", "));
    }

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
