#pragma once

#include <QByteArray>

namespace leverage::testing {

// A vCard written here with "\n" as it travels: RFC 6350 ends its lines with CRLF.
inline QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

} // namespace leverage::testing
