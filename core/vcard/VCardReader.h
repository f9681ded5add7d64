#pragma once

#include "core/util/Result.h"
#include "core/vcard/ContactCard.h"
#include "core/vcard/VCardProperty.h"

#include <QByteArray>
#include <QList>

namespace leverage {

// Reads vCard 4.0 and 3.0 (RFC 6350, RFC 2426) and 2.1 (with QUOTED-PRINTABLE and CHARSET)
// into contact cards. All or nothing: a file with one bad line gives an error naming that
// line and no cards, so an import never half-happens.
class VCardReader final
{
public:
    static constexpr qsizetype kMaxFileBytes = 20 * 1024 * 1024;
    static constexpr qsizetype kMaxFieldBytes = 64 * 1024;

    Result<QList<ContactCard>> read(const QByteArray &bytes);
    Result<QList<ContactCard>> readFile(const QString &path);
    // The 1-based line the last error is about (0: none, or not about a line).
    int errorLine() const { return m_errorLine; }

private:
    struct LogicalLine
    {
        QByteArray text;
        int line = 0;
    };

    Error fail(int line, const QString &what);
    static QList<LogicalLine> unfold(const QByteArray &bytes);
    Result<VCardProperty> parse(const LogicalLine &logical);

    int m_errorLine = 0;
};

} // namespace leverage
