#pragma once

#include "core/vcard/ContactCard.h"

namespace leverage::testing {

// A card with every field filled, including the characters vCard must escape and text long
// enough (and non-ASCII enough) to be folded.
inline ContactCard fullCard()
{
    ContactCard card;
    Contact &c = card.contact;
    c.meta.uuid = QStringLiteral("6f1c1e0a-3b7d-4c55-9a43-2f0d8e51a7b1");
    c.name = QStringLiteral("Zoë Ñúñez-O'Brien");
    c.position = QStringLiteral("Executive assistant, Office of the CEO");
    c.department = QStringLiteral("Customer relations; escalations");
    c.directLine = QStringLiteral("+1 555 0100 ext. 4412");
    c.extension = QStringLiteral("EMP-20931");
    c.email = QStringLiteral("zoe.nunez@example.com");
    c.preferredChannel = QStringLiteral("e-mail");
    c.bestTime = QStringLiteral("Tue–Thu, 8:30–10:00 (before meetings)");
    c.notes = QStringLiteral("Resolved the claim in one call, C:\\claims\\2026.\nSays: \"write, "
                             "don't call\"; ask for her by name — straße, 東京, 🎉 done.");
    c.isGateway = true;
    c.rulesOfEngagement = QStringLiteral("E-mail first; call only if urgent,\nnever on Fridays.");
    card.organizationName = QStringLiteral("Acme, Inc.; Health");
    card.supervisorUid = QStringLiteral("0e7d7a5c-91b2-4f0e-8d51-7c3b2a9e4f10");
    return card;
}

} // namespace leverage::testing
