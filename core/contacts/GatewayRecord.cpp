#include "core/contacts/GatewayRecord.h"

#include <QCoreApplication>
#include <algorithm>

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

QString trackVerdictExplanation(TrackVerdict verdict)
{
    switch (verdict) {
    case TrackVerdict::CanDo:
        return QCoreApplication::translate(
            "leverage", "Helped more than once and was helpful on the whole: someone to go to "
                        "first.");
    case TrackVerdict::OneAndDone:
        return QCoreApplication::translate(
            "leverage", "Helped once, then was unhelpful or did not answer: do not count on a "
                        "second time.");
    case TrackVerdict::NotEnoughHistory:
        break;
    }
    return QCoreApplication::translate("leverage",
                                       "Too few rated contacts to tell whether this person helps.");
}

int GatewayRecord::casesHelped() const
{
    return int(std::count_if(cases.begin(), cases.end(), [](const auto &c) { return c.helped; }));
}

QString helpedInCases(const GatewayRecord &record)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    if (record.cases.isEmpty())
        return tr("not involved yet");
    // Spelled out for one and many: no translation supplies plural forms yet.
    return (record.cases.size() == 1 ? tr("helped in %1 of %2 case")
                                     : tr("helped in %1 of %2 cases"))
        .arg(record.casesHelped())
        .arg(record.cases.size());
}

QStringList caseByCase(const GatewayRecord &record)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    QStringList lines;
    for (const auto &c : record.cases) {
        const QString title = QStringLiteral("“%1”").arg(c.title);
        if (c.routedToFix)
            lines << tr("helped on %1, and routed it to someone who fixed it").arg(title);
        else if (c.helped)
            lines << tr("helped on %1").arg(title);
        else if (c.rated)
            lines << tr("did not help on %1").arg(title);
        else
            lines << tr("not rated on %1").arg(title);
    }
    return lines;
}

} // namespace leverage
