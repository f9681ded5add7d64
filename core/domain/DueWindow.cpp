#include "core/domain/DueWindow.h"

#include <QDateTime>

namespace leverage {

QString dueFormKey(DueForm form)
{
    switch (form) {
    case DueForm::Moment:
        return QStringLiteral("moment");
    case DueForm::Window:
        return QStringLiteral("window");
    case DueForm::Within:
        return QStringLiteral("within");
    case DueForm::EndOfDay:
        return QStringLiteral("end-of-day");
    }
    return {};
}

std::optional<DueForm> dueFormFromKey(const QString &key)
{
    for (auto form : {DueForm::Moment, DueForm::Window, DueForm::Within, DueForm::EndOfDay})
        if (dueFormKey(form) == key)
            return form;
    return std::nullopt;
}

DueWindow DueWindow::moment(const Instant &at)
{
    return {DueForm::Moment, {}, at, 0};
}

DueWindow DueWindow::window(const Instant &from, const Instant &until)
{
    return {DueForm::Window, from, until, 0};
}

DueWindow DueWindow::within(const Instant &madeAt, int minutes)
{
    if (madeAt.isNull())
        return {};
    return {DueForm::Within, madeAt,
            Instant::fromUtcMs(madeAt.utcMs + qint64(minutes) * 60 * 1000, madeAt.offsetSeconds),
            minutes};
}

DueWindow DueWindow::endOfDay(const QDate &date, int offsetSeconds)
{
    if (!date.isValid())
        return {};
    return {DueForm::EndOfDay,
            {},
            Instant::fromDateTime(
                QDateTime(date, QTime(23, 59), Qt::OffsetFromUTC, offsetSeconds)),
            0};
}

bool DueWindow::isOpenAt(qint64 nowMs) const
{
    return form == DueForm::Window && !from.isNull() && !isNull() && from.utcMs <= nowMs &&
           nowMs <= until.utcMs;
}

} // namespace leverage
