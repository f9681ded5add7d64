#include "app/GuiStartup.h"

#include "app/AppInfo.h"
#include "app/FeatureWiring.h"
#include "core/services/Clock.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>
#include <cstdio>

namespace leverage::app {
namespace {

// The same look on every desktop (and in screenshots and tests), unless the user asked for a
// style with -style or QT_STYLE_OVERRIDE.
void applyDefaultStyle()
{
    if (!qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"))
        return;
    for (const QString &argument : QCoreApplication::arguments())
        if (argument == QLatin1String("-style") || argument.startsWith(QLatin1String("-style=")))
            return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

// For the README's picture (LEVERAGE_SCREENSHOT=file.png): select the first case, let the
// event loop settle, grab the window, save it and quit.
void scheduleScreenshot(ui::MainWindow &window, const QString &file)
{
    // As a user would see it maximized on that screen.
    window.resize(window.screen()->availableGeometry().size());
    QTimer::singleShot(800, &window, [&window, file] {
        auto *model = window.casesPane()->model();
        if (model->rowCount() > 0)
            window.casesPane()->selectCase(model->caseIdAt(0));
        window.casesPane()->setFocus();
        QTimer::singleShot(1200, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            logging::get("app")->info("screenshot saved: {}", saved);
            QCoreApplication::exit(saved ? 0 : 1);
        });
    });
}

} // namespace

int runGui(const GuiOptions &options)
{
    static SystemClock clock;
    applyDefaultStyle();
    QString path = options.workspacePath;
    if (options.demo)
        path = demoWorkspacePath();
    else if (path.isEmpty())
        path = defaultWorkspacePath();

    // Only a file that does not exist yet becomes a new workspace (first run, or the demo's
    // first start); an empty one is refused with the reason, never filled in.
    const bool fillDemo = options.demo && !QFileInfo::exists(path);
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
    auto *features = new FeatureWiring(window);
    window.show();
    if (qEnvironmentVariableIsSet("LEVERAGE_MEASURE_STARTUP")) {
        // For the start-up benchmark: the time until the window has painted, then quit.
        QTimer::singleShot(0, &window, [&window] {
            window.repaint();
            std::fprintf(stderr, "interactive after %lld ms\n",
                         static_cast<long long>(startupTimer().elapsed()));
            QCoreApplication::exit(0);
        });
    } else {
        features->offerCallResume();
    }
    if (const QString shot = qEnvironmentVariable("LEVERAGE_SCREENSHOT"); !shot.isEmpty())
        scheduleScreenshot(window, shot);
    return QApplication::exec();
}

} // namespace leverage::app
