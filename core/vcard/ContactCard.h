#pragma once

#include "core/domain/Contact.h"

namespace leverage {

// One contact as carried by a vCard: the contact's own fields, plus what a file names by
// text or identity instead of by our row ids (its organization's name, its supervisor's UID).
struct ContactCard
{
    Contact contact;          // meta.uuid holds the card's UID (without "urn:uuid:")
    QString organizationName; // empty: no organization
    QString supervisorUid;    // the supervisor's UID, empty if none
    int line = 0;             // where the card begins in the file it was read from (1-based)
    // What the card carries that a contact cannot keep ("PHOTO", "BDAY", …), each once, so
    // that the import preview says so instead of dropping it silently.
    QStringList notStored;

    friend bool operator==(const ContactCard &, const ContactCard &) = default;
};

} // namespace leverage
