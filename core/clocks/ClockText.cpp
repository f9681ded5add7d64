#include "core/clocks/ClockText.h"

#include "core/clocks/ClockVocabulary.h"
#include "core/util/Translate.h"

#include <QLocale>

namespace leverage::clocks {
namespace {

QString days(qint64 count)
{
    return (count == 1 ? tr("%1 day") : tr("%1 days")).arg(count);
}

} // namespace

QString ClockText::countdown(const CaseClock &clock, const QDate &today)
{
    const qint64 left = clock.daysLeft(today);
    switch (clock.state) {
    case CaseClock::State::Waiting:
        return tr("waiting for: %1").arg(ClockVocabulary::eventLabel(clock.rule.trigger));
    case CaseClock::State::Running:
        if (left == 1)
            return tr("tomorrow");
        return tr("in %1").arg(days(left));
    case CaseClock::State::Open:
        return left == 0 ? tr("opened today") : tr("opened %1 ago").arg(days(-left));
    case CaseClock::State::Overdue:
        return left == 0 ? tr("due today") : tr("overdue by %1").arg(days(-left));
    case CaseClock::State::Expired:
        return left == 0 ? tr("expires today") : tr("expired");
    }
    return {};
}

QString ClockText::stateKey(CaseClock::State state)
{
    switch (state) {
    case CaseClock::State::Waiting:
        return QStringLiteral("waiting");
    case CaseClock::State::Running:
        return QStringLiteral("running");
    case CaseClock::State::Open:
        return QStringLiteral("open");
    case CaseClock::State::Overdue:
        return QStringLiteral("overdue");
    case CaseClock::State::Expired:
        return QStringLiteral("expired");
    }
    return {};
}

QString ClockText::date(const QDate &date)
{
    // Fixed English names, as DueText writes dates, so the text does not follow the locale.
    return date.isValid() ? QLocale::c().toString(date, QStringLiteral("ddd d MMM yyyy"))
                          : QString();
}

QString ClockText::confidence(const ClockRule &rule)
{
    return rule.confidence == ClockRule::Confidence::Confirmed ? tr("confirmed")
                                                               : tr("unconfirmed");
}

QString ClockText::trigger(const CaseClock &clock)
{
    const QString event = ClockVocabulary::eventLabel(clock.rule.trigger);
    return clock.triggerDate.isValid() ? tr("%1: %2").arg(event, date(clock.triggerDate))
                                       : tr("%1: not yet").arg(event);
}

QString ClockText::summary(const CaseClock &clock, const QDate &today)
{
    const QString who = clock.rule.body.isEmpty() ? clock.rule.title : clock.rule.body;
    if (!clock.dueDate.isValid())
        return tr("%1: %2").arg(who, countdown(clock, today));
    return tr("%1: %2 (%3)").arg(who, date(clock.dueDate), countdown(clock, today));
}

} // namespace leverage::clocks
