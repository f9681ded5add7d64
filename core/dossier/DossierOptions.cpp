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
        return Paper::Letter;
    default:
        return Paper::A4;
    }
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
