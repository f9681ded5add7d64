#pragma once

#include <QString>
#include <functional>

class QHeaderView;

namespace leverage::ui::columns {

// Makes a column wide enough for a sample of its widest usual text and for its header (with
// room for the sort arrow when the view sorts), in the view's font: no truncated dates, no wasted
// space.
void fit(QHeaderView *header, int column, const QString &sample, bool sortable = false);
// The widest date and time as the models show them (locale short format).
QString dateTimeSample();
// A right-click menu on the header to show or hide the columns (the first always stays);
// `chosen` hears of each column the user showed or hid.
void enableChooser(QHeaderView *header, std::function<void(int column)> chosen = {});
QString dateSample();

} // namespace leverage::ui::columns
