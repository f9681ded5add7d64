#pragma once

#include "core/vcard/ContactCard.h"

#include <QByteArray>
#include <QList>

namespace leverage {

// Writes contacts as vCard 4.0 (RFC 6350): UTF-8, CRLF, lines folded at 75 octets. What
// vCard has no property for (the gateway bookmark, the supervisor, rules of engagement …)
// goes into X-LEVERAGE-* extension properties, which other readers keep or ignore.
class VCardWriter final
{
public:
    static QByteArray write(const ContactCard &card);
    static QByteArray write(const QList<ContactCard> &cards);
};

} // namespace leverage
