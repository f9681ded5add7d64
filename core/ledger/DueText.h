#pragma once

#include "core/domain/DueWindow.h"

#include <QString>
#include <functional>

namespace leverage {

// The one way a due moment or window is written, in the ledger, the agenda, the call notes,
// the calendar and the dossier: "Thu 5 Mar, 14:00–16:00", "within 48 hours — by Wed 4 Mar,
// 09:12", "by end of Thu 5 Mar". Times are those the user had when it was recorded. Fixed
// English day and month names (as the dossier's), so a printed document never varies.
class DueText final
{
public:
    enum Detail
    {
        Short = 0,
        WithYear = 1,
        WithZone = 2,
        Full = WithYear | WithZone
    };

    // How a day, a time and both are written; the panes pass the locale's short forms.
    struct Style
    {
        std::function<QString(const Instant &)> day;
        std::function<QString(const Instant &)> time;
        std::function<QString(const Instant &)> dayAndTime;
        QString zone; // appended to the close, e.g. " UTC-05:00"
    };

    static QString of(const DueWindow &due, int detail = Short);
    static QString of(const DueWindow &due, const Style &style);
    // "within 48 hours", "within 3 days": the span as given.
    static QString span(int minutes);
    // "Thu 5 Mar" (or "Thu 5 Mar 2026").
    static QString day(const Instant &instant, int detail = Short);
    static QString date(const QDate &date, int detail = Short);
    // "UTC-05:00".
    static QString zone(int offsetSeconds);
};

} // namespace leverage
