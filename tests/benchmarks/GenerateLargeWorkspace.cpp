// generate_large_workspace [--cases N] [--entries N] OUT: a heavy user's workspace for the
// benchmarks (10,000 cases, 1,000,000 timeline entries, 20,000 contacts unless told fewer).
// OUT is a new file, or a team workspace's postgresql://… address of an empty database, filled
// through the same repositories' bulk path (issue 23's server_query_timing). On a server that
// path inserts row by row (a prepared INSERT … RETURNING id each): about 600 entries a second
// on a loaded machine, so --entries 400000 (the heavy case's 10,000 come first) is ten minutes
// or so. Prints the time it took.
#include "core/services/Clock.h"
#include "core/store/ServerAddress.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    leverage::bench::LargeWorkspaceSize size;
    QStringList arguments = app.arguments().mid(1);
    while (arguments.size() >= 2 && arguments.first().startsWith(QLatin1String("--"))) {
        const auto option = arguments.takeFirst();
        bool number = false;
        const int value = arguments.takeFirst().toInt(&number);
        if (!number || value < 2 ||
            (option != QLatin1String("--cases") && option != QLatin1String("--entries"))) {
            arguments.clear();
            break;
        }
        (option == QLatin1String("--cases") ? size.cases : size.entries) = value;
    }
    if (arguments.size() != 1) {
        std::fprintf(stderr, "usage: generate_large_workspace [--cases N] [--entries N] "
                             "OUT.leverage|postgresql://…\n");
        return 2;
    }
    size.heavyCaseEntries = std::min(size.heavyCaseEntries, size.entries / 2);
    const auto location = arguments.first();
    if (!leverage::ServerAddress::isServerUrl(location) && QFileInfo::exists(location)) {
        std::fprintf(stderr, "generate_large_workspace: %s exists; remove it first\n",
                     qPrintable(location));
        return 1;
    }
    leverage::logging::setUp({}, false);
    leverage::SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto opened = leverage::Workspace::openLocation(location, clock);
    if (!opened) {
        std::fprintf(stderr, "generate_large_workspace: %s\n", qPrintable(opened.message()));
        return 1;
    }
    if (auto status = leverage::bench::generateLargeWorkspace(**opened, size); !status) {
        std::fprintf(stderr, "generate_large_workspace: %s\n", qPrintable(status.message()));
        return 1;
    }
    std::printf("generated %s (%d cases, %d entries) in %.1f s\n",
                qPrintable((*opened)->filePath()), size.cases, size.entries,
                timer.elapsed() / 1000.0);
    return 0;
}
