#pragma once

#include <QString>

namespace leverage {

// A phone number of a contact besides the direct line, with its kind as the card said it
// ("cell", "home", "fax", …) and an extension when the number has one.
struct ContactPhone
{
    QString kind;
    QString number;
    QString extension;

    friend bool operator==(const ContactPhone &, const ContactPhone &) = default;
};

// An e-mail address of a contact besides the main one.
struct ContactEmail
{
    QString kind;
    QString address;

    friend bool operator==(const ContactEmail &, const ContactEmail &) = default;
};

// A postal address, in the parts of vCard's ADR (letters need it whole).
struct PostalAddress
{
    QString kind; // "work", "home", …
    QString poBox;
    QString extended; // suite, floor, "c/o …"
    QString street;
    QString locality;
    QString region;
    QString postalCode;
    QString country;

    bool isEmpty() const
    {
        return poBox.isEmpty() && extended.isEmpty() && street.isEmpty() && locality.isEmpty() &&
               region.isEmpty() && postalCode.isEmpty() && country.isEmpty();
    }
    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

} // namespace leverage
