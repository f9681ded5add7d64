#include "core/clocks/ClockAgenda.h"

#include "core/clocks/ClockService.h"
#include "core/domain/DueWindow.h"

#include <QCoreApplication>
#include <QDateTime>

namespace leverage::clocks {

Result<QList<ClockAgenda::Item>> ClockAgenda::items(Workspace &workspace)
{
    ClockService service(workspace);
    auto clocks = service.all();
    if (!clocks)
        return clocks.error();
    const QDate since = service.today().addDays(-kDaysBack);
    QList<Item> items;
    for (const auto &clock : std::as_const(*clocks)) {
        if (clock.state == CaseClock::State::Waiting || !clock.dueDate.isValid() ||
            clock.dueDate < since)
            continue;
        const auto &rule = clock.rule;
        const QString who = rule.body.isEmpty() ? rule.title : rule.body;
        const QString what = rule.effect.isEmpty() ? rule.title : rule.effect;
        items.append(
            {clock.caseId, clock.dueDate,
             QCoreApplication::translate("leverage", "Clock: %1 \u2014 %2").arg(who, what)});
    }
    return items;
}

QList<FollowUp> ClockAgenda::asFollowUps(const QList<Item> &items, int offsetSeconds)
{
    QList<FollowUp> rows;
    rows.reserve(items.size());
    for (const auto &item : items) {
        FollowUp row;
        row.caseId = item.caseId;
        row.what = item.what;
        row.setDue(DueWindow::endOfDay(item.date, offsetSeconds));
        rows.append(row);
    }
    return rows;
}

qint64 ClockAgenda::reminderAt(const Item &item, int offsetSeconds)
{
    return QDateTime(item.date, QTime(kReminderHour, 0), Qt::OffsetFromUTC, offsetSeconds)
        .toMSecsSinceEpoch();
}

} // namespace leverage::clocks
