#pragma once

#include "core/ledger/IcsDayEvent.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
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

    // All-day events written besides the ledger's (the clocks' due dates); `withLedger`
    // false writes only these.
    void addDayEvents(const QList<IcsDayEvent> &events, bool withLedger = true)
    {
        m_dayEvents += events;
        m_withLedger = withLedger;
    }

    Result<QByteArray> build() const;
    // Writes atomically: an existing file is replaced only by a complete calendar.
    Status writeFile(const QString &path) const;

    static QString uidFor(const QString &uuid) { return uuid + QStringLiteral("@leverage"); }

private:
    Workspace &m_workspace;
    QList<IcsDayEvent> m_dayEvents;
    bool m_withLedger = true;
};

} // namespace leverage
