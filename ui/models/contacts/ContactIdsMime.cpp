#include "ui/models/contacts/ContactIdsMime.h"

#include <QMimeData>
#include <QStringList>

namespace leverage::models::ContactIdsMime {

QMimeData *encode(const QList<RowId> &contactIds)
{
    if (contactIds.isEmpty())
        return nullptr;
    QStringList lines;
    for (const auto id : contactIds)
        lines << QString::number(id);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(kType), lines.join(QLatin1Char('\n')).toUtf8());
    return mime;
}

QList<RowId> decode(const QMimeData *mime)
{
    QList<RowId> ids;
    if (!mime || !mime->hasFormat(QLatin1String(kType)))
        return ids;
    const auto text = QString::fromUtf8(mime->data(QLatin1String(kType)));
    for (const auto &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const auto id = line.trimmed().toLongLong(&ok);
        if (ok && id > 0)
            ids.append(id);
    }
    return ids;
}

} // namespace leverage::models::ContactIdsMime
