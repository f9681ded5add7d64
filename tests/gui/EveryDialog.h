#pragma once

#include <QDateTime>
#include <QDialog>
#include <QStringList>
#include <memory>
#include <vector>

namespace leverage::models {
class ErrorReporter;
}
namespace leverage::ui {
class MainWindow;
}

namespace leverage::testing {

// One of each dialog the program can open, over `window`'s demo workspace, as it would be
// filled for the demo (`now` is the clock's time); errors go to `reporter`.
std::vector<std::unique_ptr<QDialog>> everyDialog(ui::MainWindow &window, const QDateTime &now,
                                                  models::ErrorReporter &reporter);
// The names and words those dialogs are filled with (data, not the program's texts).
QStringList everyDialogSampleTexts();

} // namespace leverage::testing
