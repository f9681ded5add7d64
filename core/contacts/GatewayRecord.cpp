#include "core/contacts/GatewayRecord.h"

#include <QCoreApplication>

namespace leverage {

QString trackVerdictKey(TrackVerdict verdict)
{
    switch (verdict) {
    case TrackVerdict::CanDo:
        return QStringLiteral("can-do");
    case TrackVerdict::OneAndDone:
        return QStringLiteral("one-and-done");
    case TrackVerdict::NotEnoughHistory:
        break;
    }
    return QStringLiteral("not-enough-history");
}

QString trackVerdictLabel(TrackVerdict verdict)
{
    switch (verdict) {
    case TrackVerdict::CanDo:
        return QCoreApplication::translate("leverage", "Can-do, go-to");
    case TrackVerdict::OneAndDone:
        return QCoreApplication::translate("leverage", "One-and-done");
    case TrackVerdict::NotEnoughHistory:
        break;
    }
    return QCoreApplication::translate("leverage", "Not enough history");
}

QString involvementSummary(const GatewayRecord &record)
{
    // Spelled out for one and many: no translation supplies plural forms yet.
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    if (record.timesInvolved == 0)
        return tr("not involved yet");
    const QString times =
        record.timesInvolved == 1 ? tr("once") : tr("%1 times").arg(record.timesInvolved);
    return record.casesTouched == 1 ? tr("%1 in 1 case").arg(times)
                                    : tr("%1 in %2 cases").arg(times).arg(record.casesTouched);
}

} // namespace leverage
