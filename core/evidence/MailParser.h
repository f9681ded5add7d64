#pragma once

#include "core/evidence/MailMessage.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

// Reads e-mails with GMime 3 (Debian's libgmime-3.0-dev): encoded-word headers,
// quoted-printable and base64 bodies, other charsets, nested multiparts, forwarded messages
// (message/rfc822). A message that is not one (no header block, no sender) is refused with
// the reason, and nothing of it is returned.
class MailParser final
{
public:
    // One message (.eml).
    static Result<MailMessage> parseMessage(const QByteArray &raw, const QString &sourceName);
    // Every message of an mbox file, in order.
    static Result<QList<MailMessage>> parseMbox(const QByteArray &raw, const QString &sourceName);
    // A file: .mbox (or a file starting with an mbox "From " line) as a mailbox, else .eml.
    static Result<QList<MailMessage>> parseFile(const QString &path);
};

} // namespace leverage
