#include "GuiStartup.h"

#include "AppInfo.h"
#include "MainWindow.h"
#include "services/Clock.h"
#include "services/DemoWorkspaceBuilder.h"
#include "store/Workspace.h"
#include "util/Logging.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace leverage::app {

int runGui(const GuiOptions &options)
{
    static SystemClock clock;
    QString path = options.workspacePath;
    if (options.demo)
        path = demoWorkspacePath();
    else if (path.isEmpty())
        path = defaultWorkspacePath();

    const bool fillDemo = options.demo && (!QFileInfo::exists(path) || QFileInfo(path).size() == 0);
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        QMessageBox::critical(nullptr, QObject::tr("Leverage"), opened.message());
        return 1;
    }
    if (fillDemo) {
        if (auto status = DemoWorkspaceBuilder(**opened).build(); !status)
            QMessageBox::warning(nullptr, QObject::tr("Leverage"), status.message());
    }
    ui::MainWindow window(std::move(*opened));
    window.show();
    return QApplication::exec();
}

} // namespace leverage::app
