// ledger_screenshot WORKSPACE OUT.png [agenda]: renders the ledger pane (or the agenda pane)
// over a workspace offscreen with QWidget::grab, for the README's screenshot.
#include "core/ledger/Dueness.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/ledger/AgendaPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/models/ledger/LedgerRoles.h"

#include <QApplication>
#include <QStyleFactory>
#include <QTableView>
#include <QTextStream>
#include <QUndoStack>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QTextStream err(stderr);
    const auto args = app.arguments();
    if (args.size() < 3) {
        err << "usage: ledger_screenshot WORKSPACE OUT.png [agenda]\n";
        return 2;
    }
    leverage::SystemClock clock;
    auto workspace = leverage::Workspace::open(args[1], clock);
    if (!workspace) {
        err << workspace.message() << "\n";
        return 1;
    }
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    std::unique_ptr<QWidget> pane;
    if (args.size() > 3 && args[3] == QLatin1String("agenda")) {
        auto agenda =
            std::make_unique<leverage::ui::ledger::AgendaPane>(**workspace, stack, reporter);
        agenda->ensureLoaded();
        agenda->resize(1000, 420);
        pane = std::move(agenda);
    } else {
        auto ledger =
            std::make_unique<leverage::ui::ledger::LedgerPane>(**workspace, stack, reporter);
        ledger->resize(1400, 560);
        ledger->ensureLoaded(); // before it is shown: the first overdue promise is selected
        // Select the first overdue promise, as a person about to settle it would.
        auto *model = ledger->view()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, 0).data(leverage::models::ledger::DuenessRole).toInt() ==
                int(leverage::Dueness::Overdue)) {
                ledger->view()->selectRow(row);
                break;
            }
        pane = std::move(ledger);
    }
    pane->show();
    QApplication::processEvents();
    if (!pane->grab().save(args[2])) {
        err << "cannot write " << args[2] << "\n";
        return 1;
    }
    return 0;
}
