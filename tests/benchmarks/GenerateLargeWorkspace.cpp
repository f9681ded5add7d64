// generate_large_workspace OUT.leverage: a heavy user's workspace for the benchmarks
// (10,000 cases, 1,000,000 timeline entries, 20,000 contacts). Prints the time it took.
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: generate_large_workspace OUT.leverage\n");
        return 2;
    }
    const auto path = QString::fromLocal8Bit(argv[1]);
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "generate_large_workspace: %s exists; remove it first\n", argv[1]);
        return 1;
    }
    leverage::logging::setUp({}, false);
    leverage::SystemClock clock;
    QElapsedTimer timer;
    timer.start();
    auto opened = leverage::Workspace::open(path, clock);
    if (!opened) {
        std::fprintf(stderr, "generate_large_workspace: %s\n", qPrintable(opened.message()));
        return 1;
    }
    if (auto status = leverage::bench::generateLargeWorkspace(**opened, {}); !status) {
        std::fprintf(stderr, "generate_large_workspace: %s\n", qPrintable(status.message()));
        return 1;
    }
    std::printf("generated %s in %.1f s\n", argv[1], timer.elapsed() / 1000.0);
    return 0;
}
