#pragma once

#include "core/outcomes/OutcomeFigures.h"

class QChart;

namespace leverage::ui {

// The charts of the Outcomes window, built from the figures (a new chart per change: they are
// small). Each set of bars has its own fill pattern besides its colour, and its numbers on
// the bars and in a tooltip, so colour never carries a meaning alone.
class OutcomeCharts final
{
public:
    // Sought against received per organization in one currency; each label says how many of
    // its closed cases were resolved.
    static QChart *organizations(const outcomes::OutcomeFigures &figures, const QString &currency);
    // Cases opened and closed per month, and the money received in one currency (a line).
    static QChart *months(const outcomes::OutcomeFigures &figures, const QString &currency);
    // Promises kept and broken per contact: all who made one up to this many, else this many
    // with the most promises.
    static QChart *contacts(const outcomes::OutcomeFigures &figures);
    static constexpr int kContactsCharted = 12;
    // Hours on hold and on calls per case per organization, with the average effort.
    static QChart *effort(const outcomes::OutcomeFigures &figures);
    // The cases that took the most contacts, each bar split by channel (the rest in the table).
    static QChart *cases(const outcomes::OutcomeFigures &figures);
    // A dozen bars a chart at most: at the window's size their labels stay whole (Qt Charts
    // elides a label taller than its share of the axis to "…", as 15 were on a large workspace).
    static constexpr int kCasesCharted = 12;
    // Per organization: all of them up to this many, else this many with the most cases.
    static constexpr int kOrganizationsCharted = 12;
    // More months than this: the bars lose their numbers (they ran into each other) and the
    // months are written upright (side by side they were elided).
    static constexpr int kMonthsLabelled = 12;

    // Every currency with an amount, the one most organizations use first.
    static QStringList currencies(const outcomes::OutcomeFigures &figures);
};

} // namespace leverage::ui
