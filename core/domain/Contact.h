#pragma once

#include "core/domain/ContactDetails.h"
#include "core/domain/RowMeta.h"

#include <QList>
#include <QStringList>

namespace leverage {

// A person at an organization. supervisorId links "who reports to whom" (0: unknown).
struct Contact
{
    RowMeta meta;
    RowId organizationId = 0;
    RowId supervisorId = 0;
    QString name; // as the user writes it (vCard FN)
    // The parts of the name (vCard N), for letters ("Dear Ms Wang") and for names whose
    // family name comes first: kept as the card gave them, empty when unknown.
    QString honorificPrefix;
    QString givenName;
    QString additionalNames;
    QString familyName;
    QString honorificSuffix;
    QString position;
    QString department;
    QString directLine;
    QString directLineKind; // "work", "cell", … (empty: work)
    QString extension;      // extension or employee id
    QList<ContactPhone> otherPhones;
    QString email;
    QString emailKind; // empty: work
    QList<ContactEmail> otherEmails;
    QList<PostalAddress> addresses;
    QStringList urls;
    QStringList categories;
    QString preferredChannel;
    QString bestTime;
    QString notes;
    bool isGateway = false;
    QString rulesOfEngagement;

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace leverage
