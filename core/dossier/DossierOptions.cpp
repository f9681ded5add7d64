#include "core/dossier/DossierOptions.h"

#include <QMarginsF>

namespace leverage {

DossierOptions::Paper DossierOptions::defaultPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Philippines:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::CostaRica:
    case QLocale::DominicanRepublic:
    case QLocale::ElSalvador:
    case QLocale::Guatemala:
    case QLocale::Nicaragua:
    case QLocale::Panama:
    case QLocale::PuertoRico:
    case QLocale::Venezuela:
        return Paper::Letter;
    default:
        return Paper::A4;
    }
}

QLocale DossierOptions::paperLocale()
{
    for (const char *variable : {"LC_ALL", "LC_PAPER", "LANG"}) {
        // "en_US.UTF-8@euro" -> "en_US"; "C" and "POSIX" say nothing about paper.
        const QString name = qEnvironmentVariable(variable)
                                 .section(QLatin1Char('.'), 0, 0)
                                 .section(QLatin1Char('@'), 0, 0);
        if (name.isEmpty())
            continue;
        if (name == QLatin1String("C") || name == QLatin1String("POSIX"))
            break;
        return QLocale(name);
    }
    return QLocale::system();
}

QPageSize DossierOptions::pageSize() const
{
    return QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4);
}

QPageLayout DossierOptions::pageLayout() const
{
    return QPageLayout(pageSize(), QPageLayout::Portrait, QMarginsF(16, 12, 16, 12),
                       QPageLayout::Millimeter);
}

bool DossierOptions::covers(const QDate &day) const
{
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

} // namespace leverage
