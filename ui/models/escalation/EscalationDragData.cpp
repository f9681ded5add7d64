#include "ui/models/escalation/EscalationDragData.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>

namespace leverage::models {

QMimeData *EscalationDragData::toMimeData() const
{
    QJsonArray ids;
    for (const auto id : stepIds)
        ids.append(QString::number(id));
    // Ids as strings: JSON numbers are doubles.
    const QJsonObject payload{{QStringLiteral("caseId"), QString::number(caseId)},
                              {QStringLiteral("stepIds"), ids}};
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(kStepMimeType),
                  QJsonDocument(payload).toJson(QJsonDocument::Compact));
    return data;
}

std::optional<EscalationDragData> EscalationDragData::fromMimeData(const QMimeData *data)
{
    if (!data || !data->hasFormat(QString::fromLatin1(kStepMimeType)))
        return std::nullopt;
    const auto document = QJsonDocument::fromJson(data->data(QString::fromLatin1(kStepMimeType)));
    if (!document.isObject())
        return std::nullopt;
    EscalationDragData drag;
    bool ok = false;
    drag.caseId = document.object().value(QStringLiteral("caseId")).toString().toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (const auto &id : document.object().value(QStringLiteral("stepIds")).toArray()) {
        const auto stepId = id.toString().toLongLong(&ok);
        if (!ok || stepId <= 0)
            return std::nullopt;
        drag.stepIds.append(stepId);
    }
    if (drag.stepIds.isEmpty())
        return std::nullopt;
    return drag;
}

QList<RowId> EscalationDragData::contactIds(const QMimeData *data)
{
    QList<RowId> ids;
    if (!data)
        return ids;
    const auto text = QString::fromUtf8(data->data(QString::fromLatin1(kContactMimeType)));
    for (const auto &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        bool ok = false;
        const auto id = line.trimmed().toLongLong(&ok);
        if (!ok || id <= 0)
            return {};
        ids.append(id);
    }
    return ids;
}

QList<RowId> EscalationDragData::reordered(const QList<RowId> &order, const QList<RowId> &dragged,
                                           int insertAt)
{
    QList<RowId> moving;
    QList<RowId> result;
    int before = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (dragged.contains(order.at(i))) {
            moving.append(order.at(i));
        } else {
            result.append(order.at(i));
            if (i < insertAt)
                ++before;
        }
    }
    for (int i = 0; i < moving.size(); ++i)
        result.insert(before + i, moving.at(i));
    return result;
}

} // namespace leverage::models
