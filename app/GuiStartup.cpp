#include "app/GuiStartup.h"

#include "app/AppInfo.h"
#include "app/DefaultStyle.h"
#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "app/Translations.h"
#include "core/services/Clock.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/Workspace.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>

namespace leverage::app {

int runGui(const GuiOptions &options)
{
    static SystemClock clock;
    installTranslations(); // before any window: texts are set when widgets are built
    applyDefaultStyle();
    QString path = options.workspacePath;
    if (options.demo)
        path = demoWorkspacePath();
    else if (path.isEmpty())
        path = defaultWorkspacePath();

    // Only a file that does not exist yet becomes a new workspace (first run, or the demo's
    // first start); an empty one is refused with the reason, never filled in.
    const bool fillDemo = options.demo && !QFileInfo::exists(path);
    auto opened = Workspace::openLocation(path, clock);
    if (!opened) {
        // No window exists yet to carry the message: this is the one modal box at start-up.
        QMessageBox::critical(nullptr, QObject::tr("Leverage"), opened.message());
        return 1;
    }
    if (fillDemo) {
        if (auto status = DemoWorkspaceBuilder(**opened).build(); !status)
            QMessageBox::warning(nullptr, QObject::tr("Leverage"), status.message());
    }
    auto assembled = assembleMainWindow(std::move(*opened));
    assembled.window->show();
    assembled.features->offerCallResume();
    return QApplication::exec();
}

} // namespace leverage::app
