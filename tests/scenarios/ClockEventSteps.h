#pragma once

#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include <QKeySequence>
#include <QString>

namespace leverage::testing {

// Scenarios on the clocks: one step for "record what a clock counts from, sent today",
// typed into the clock-event dialog (Ctrl+Shift+G) as a person would.
class ClockEventScenario : public Scenario
{
protected:
    // `route` typed to pick it (empty: the complaint to the company), `event` typed to pick
    // what happened; no timeline entry; sent today.
    void whenIRecordAClockEventSentToday(const QString &route, const QString &event)
    {
        whenIPressAndThenInTheDialog(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G), [&] {
            if (!route.isEmpty())
                whenIType(route);
            whenIPress(QKeySequence(Qt::Key_Tab)); // from the route to what happened
            whenIType(event);
            whenIPress(QKeySequence(Qt::Key_Tab)); // the timeline entry: none
            whenIPress(QKeySequence(Qt::Key_Tab)); // sent on: known
            whenIPress(QKeySequence(Qt::Key_Space));
            whenIPress(kSubmit);
        });
    }
};

} // namespace leverage::testing
