// Start-up only: the command line, logging, and which window or command runs.
#include "app/AppInfo.h"
#include "app/GuiStartup.h"
#include "app/verbs/Verb.h"
#include "core/util/Logging.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <cstdio>
#include <memory>

namespace {

using namespace leverage;

QString helpText()
{
    QString text =
        QStringLiteral("Usage: leverage [--demo] [--verbose] [FILE | --server URL]\n"
                       "       leverage VERB ARGUMENTS…\n\n"
                       "Leverage is a workbench for pursuing complaints against companies.\n"
                       "Without a verb it opens FILE (a .leverage workspace), the demo workspace\n"
                       "(--demo), or the default workspace.\n\n"
                       "Options:\n"
                       "  --demo       open the demo workspace, creating it if absent\n"
                       "  --server URL open a team workspace on a PostgreSQL server\n"
                       "               (postgresql://user@host:port/database?sslmode=...)\n"
                       "  --verbose    also log to standard error\n"
                       "  -h, --help   show this help\n"
                       "  -v, --version  show the version\n\nVerbs:\n");
    for (const auto &verb : app::verbs())
        text += QStringLiteral("  %1\n").arg(QString::fromUtf8(verb.summary));
    return text;
}

bool hasFlag(int argc, char **argv, const char *flag)
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], flag) == 0)
            return true;
    return false;
}

int runVerb(int argc, char **argv, const app::Verb &verb, bool verbose)
{
    logging::routeQtMessages();
    // Verbs never need a display: the dossier renders PDF through Qt Gui off screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    app::applyApplicationInfo();
    logging::setUp(app::dataDirectory(), verbose);
    QStringList arguments = QCoreApplication::arguments().mid(2);
    arguments.removeAll(QStringLiteral("--verbose"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    app::VerbContext context{arguments, out, err};
    const int status = verb.run(context);
    logging::get("app")->info("verb {} finished with status {}", verb.name, status);
    return status;
}

} // namespace

int main(int argc, char **argv)
{
    const bool verbose = hasFlag(argc, argv, "--verbose");
    if (argc > 1) {
        if (const auto *verb = app::findVerb(QString::fromLocal8Bit(argv[1])))
            return runVerb(argc, argv, *verb, verbose);
    }
    // Answered before any window system is needed, so they work over ssh and in scripts.
    if (hasFlag(argc, argv, "--help") || hasFlag(argc, argv, "-h")) {
        std::fputs(qPrintable(helpText()), stdout);
        return 0;
    }
    if (hasFlag(argc, argv, "--version") || hasFlag(argc, argv, "-v")) {
        std::printf("leverage %s\n", LEVERAGE_VERSION);
        return 0;
    }

    logging::routeQtMessages();
    QApplication application(argc, argv);
    app::applyApplicationInfo();

    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"));
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption version(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Open a team workspace on a PostgreSQL "
                                                   "server (postgresql://user@host:port/db)."),
                                    QStringLiteral("url"));
    parser.addOptions({demo, verboseOption, help, version, server});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("A workspace to open."));
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "leverage: %s (see leverage --help)\n",
                     qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(stderr, "leverage: open one workspace at a time (see leverage --help)\n");
        return 2;
    }
    logging::setUp(app::dataDirectory(), verbose);
    logging::get("app")->info("Leverage {} starting", LEVERAGE_VERSION);

    app::GuiOptions options;
    options.demo = parser.isSet(demo);
    if (parser.isSet(server) && !parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "leverage: open a file or a server, not both (see leverage --help)\n");
        return 2;
    }
    if (parser.isSet(server))
        options.workspacePath = parser.value(server);
    else if (!parser.positionalArguments().isEmpty())
        options.workspacePath =
            QDir::current().absoluteFilePath(parser.positionalArguments().first());
    return app::runGui(options);
}
