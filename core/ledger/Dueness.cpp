#include "core/ledger/Dueness.h"

#include <QCoreApplication>

namespace leverage {

QString duenessKey(Dueness dueness)
{
    switch (dueness) {
    case Dueness::Overdue:
        return QStringLiteral("overdue");
    case Dueness::DueNow:
        return QStringLiteral("now");
    case Dueness::DueToday:
        return QStringLiteral("today");
    case Dueness::DueThisWeek:
        return QStringLiteral("this-week");
    case Dueness::Later:
        return QStringLiteral("later");
    case Dueness::Settled:
        return QStringLiteral("settled");
    }
    return {};
}

QString duenessLabel(Dueness dueness)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    switch (dueness) {
    case Dueness::Overdue:
        return tr("Overdue");
    case Dueness::DueNow:
        return tr("Due now");
    case Dueness::DueToday:
        return tr("Today");
    case Dueness::DueThisWeek:
        return tr("This week");
    case Dueness::Later:
        return tr("Later");
    case Dueness::Settled:
        return tr("Settled");
    }
    return {};
}

} // namespace leverage
