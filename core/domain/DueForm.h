#pragma once

#include <QString>
#include <optional>

namespace leverage {

// How a due time was given, so it is shown as the user said it: a moment ("Thu 14:00"), a
// window ("Thu 14:00–16:00"), "within N hours/days" of when it was made, or only a date
// ("by the end of Thu 5 Mar"). Legacy rows are moments.
enum class DueForm
{
    Moment,
    Window,
    Within,
    EndOfDay
};

QString dueFormKey(DueForm form);
std::optional<DueForm> dueFormFromKey(const QString &key);

} // namespace leverage
