#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

namespace leverage {

class Workspace;

// Writes the open follow-ups and the dated commitments as an iCalendar file (RFC 5545) that
// a calendar program imports. Each event's UID is the row's uuid + "@leverage", and its
// SEQUENCE the row's version, so importing a newer export updates the events instead of
// adding copies; a settled promise stays in the file as a cancelled event. Times are UTC.
// The text is built by libical, which does the escaping and the 75-octet line folding.
class IcsExporter final
{
public:
    explicit IcsExporter(Workspace &workspace) : m_workspace(workspace) {}

    Result<QByteArray> build() const;
    // Writes atomically: an existing file is replaced only by a complete calendar.
    Status writeFile(const QString &path) const;

    static QString uidFor(const QString &uuid) { return uuid + QStringLiteral("@leverage"); }

private:
    Workspace &m_workspace;
};

} // namespace leverage
