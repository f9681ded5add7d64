// window_probe: the real main window, built by the same composition root as the program, for
// the two things start-up must not carry itself: a start-up time measurement and screenshots.
//
//   window_probe startup FILE
//       prints "interactive after N ms": from main() until the window has painted once.
//   window_probe shot FILE OUT.png [--size WxH] [--case ID] [--raise PANE] [--grab window|pane]
//       PANE: escalation, calls, ledger, agenda, gateways, contact-page. The first case is
//       selected unless --case says otherwise; --grab pane saves only the raised pane.
#include "app/AppInfo.h"
#include "app/DefaultStyle.h"
#include "app/FeatureWiring.h"
#include "app/MainWindowAssembly.h"
#include "app/Translations.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QTimer>
#include <cstdio>
#include <map>

using namespace leverage;

namespace {

QDockWidget *dockNamed(const app::FeatureWiring &features, const QString &name)
{
    const std::map<QString, QDockWidget *> docks{
        {QStringLiteral("escalation"), features.escalationDock()},
        {QStringLiteral("calls"), features.callNotesDock()},
        {QStringLiteral("ledger"), features.ledgerDock()},
        {QStringLiteral("agenda"), features.agendaDock()},
        {QStringLiteral("gateways"), features.gatewayDock()},
        {QStringLiteral("contact-page"), features.contactPageDock()},
    };
    const auto found = docks.find(name);
    return found == docks.end() ? nullptr : found->second;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "window_probe: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    app::applyApplicationInfo();
    app::installTranslations(); // as the program does: LANGUAGE=de shows the German window
    app::applyDefaultStyle();

    QCommandLineParser parser;
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption caseId(QStringLiteral("case"), QStringLiteral("Case to select."),
                                    QStringLiteral("ID"));
    const QCommandLineOption raise(QStringLiteral("raise"), QStringLiteral("Pane to bring up."),
                                   QStringLiteral("PANE"));
    const QCommandLineOption grab(QStringLiteral("grab"), QStringLiteral("window or pane."),
                                  QStringLiteral("WHAT"), QStringLiteral("window"));
    parser.addOptions({size, caseId, raise, grab});
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("startup or shot"));
    parser.process(application);
    const QStringList positional = parser.positionalArguments();
    const QString mode = positional.value(0);
    if (!((mode == QLatin1String("startup") && positional.size() == 2) ||
          (mode == QLatin1String("shot") && positional.size() == 3)))
        return fail(QStringLiteral("usage: window_probe startup FILE | shot FILE OUT.png "
                                   "[--size WxH] [--case ID] [--raise PANE] [--grab window|pane]"));

    static SystemClock clock;
    auto opened = Workspace::open(positional[1], clock);
    if (!opened)
        return fail(opened.message());
    auto assembled = app::assembleMainWindow(std::move(*opened));
    ui::MainWindow &window = *assembled.window;
    app::FeatureWiring &features = *assembled.features;

    if (mode == QLatin1String("startup")) {
        window.show();
        QTimer::singleShot(0, &window, [&window, &sinceStart] {
            window.repaint();
            std::printf("interactive after %lld ms\n",
                        static_cast<long long>(sinceStart.elapsed()));
            QCoreApplication::exit(0);
        });
        return QApplication::exec();
    }

    const QStringList dimensions = parser.value(size).split(QLatin1Char('x'));
    if (dimensions.size() != 2)
        return fail(QStringLiteral("--size takes WxH, e.g. 1366x768"));
    window.resize(dimensions[0].toInt(), dimensions[1].toInt());
    window.show();
    QDockWidget *dock = nullptr;
    if (parser.isSet(raise)) {
        dock = dockNamed(features, parser.value(raise));
        if (!dock)
            return fail(QStringLiteral("no pane called %1").arg(parser.value(raise)));
        dock->show();
        dock->raise();
    }
    const QString out = positional[2];
    const bool paneOnly = parser.value(grab) == QLatin1String("pane");
    if (paneOnly && !dock)
        return fail(QStringLiteral("--grab pane needs --raise PANE"));
    const RowId wanted = parser.value(caseId).toLongLong();
    QTimer::singleShot(300, &window, [&window, wanted] {
        auto *model = window.casesPane()->model();
        const RowId id = wanted > 0 ? wanted : (model->rowCount() > 0 ? model->caseIdAt(0) : 0);
        if (id > 0)
            window.casesPane()->selectCase(id);
        window.casesPane()->setFocus();
    });
    QTimer::singleShot(1200, &window, [&window, dock, paneOnly, out, dimensions] {
        // A window taller or wider than asked does not fit that screen: say what holds it up.
        const QSize asked(dimensions[0].toInt(), dimensions[1].toInt());
        if (window.size() != asked) {
            std::fprintf(stderr, "window_probe: the window is %dx%d, not %dx%d\n", window.width(),
                         window.height(), asked.width(), asked.height());
            std::fprintf(stderr, "  the window: minimum %dx%d; its centre: minimum %dx%d\n",
                         window.minimumSizeHint().width(), window.minimumSizeHint().height(),
                         window.centralWidget()->minimumSizeHint().width(),
                         window.centralWidget()->minimumSizeHint().height());
            for (const auto *each : window.findChildren<QDockWidget *>())
                if (each->isVisible())
                    std::fprintf(stderr, "  %s: minimum %dx%d\n", qPrintable(each->objectName()),
                                 each->minimumSizeHint().width(), each->minimumSizeHint().height());
        }
        QWidget *target = paneOnly ? dock->widget() : static_cast<QWidget *>(&window);
        const bool saved = target->grab().save(out);
        if (!saved)
            std::fprintf(stderr, "window_probe: cannot write %s\n", qPrintable(out));
        QCoreApplication::exit(saved ? 0 : 1);
    });
    return QApplication::exec();
}
