// team_concurrency CLIENTS SECONDS [PAUSE_MS]: the concurrency workload of issue 23 at full length
// (two and then 20 clients for 60 s are the figures), on a throw-away PostgreSQL cluster of
// its own; outside ctest. Prints the figures; exits 1 when anything was lost or differed.
#include "core/util/Logging.h"
#include "tests/support/PostgresServer.h"
#include "tests/team/TeamWorkload.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstdlib>

using namespace leverage::testing;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3 && argc != 4) {
        std::fprintf(stderr, "usage: team_concurrency CLIENTS SECONDS [PAUSE_MS]\n");
        return 2;
    }
    leverage::logging::setUp({}, false);
    auto &server = PostgresServer::instance();
    if (!server.isRunning()) {
        std::fprintf(stderr, "%s\n", qPrintable(server.error()));
        return 1;
    }
    TeamWorkloadOptions options;
    options.clients = std::atoi(argv[1]);
    options.duration = std::chrono::milliseconds(1000 * std::atoi(argv[2]));
    // A client's average pause between saves (default: 20 ms for two, 200 ms for more).
    options.pause = std::chrono::milliseconds(argc == 4             ? std::atoi(argv[3])
                                              : options.clients > 2 ? 200
                                                                    : 20);
    const auto result = runTeamWorkload(server.newWorkspaceDatabase(), options);
    std::printf("%d clients, %s s, pause %lld ms: %lld saves (%lld new entries), %lld conflicts "
                "refused to their writer, %lld other errors\n",
                options.clients, argv[2], static_cast<long long>(options.pause.count()),
                static_cast<long long>(result.writes), static_cast<long long>(result.added),
                static_cast<long long>(result.conflicts),
                static_cast<long long>(result.otherErrors));
    std::printf("live update delay, a save's commit to a colleague's model showing it (%zu "
                "seen): median %.1f ms, 90th percentile %.1f ms, 95th %.1f ms, 99th %.1f ms, "
                "max %.1f ms\n",
                result.delaysUs.size(), result.medianDelayMs(), result.percentileDelayMs(90),
                result.percentileDelayMs(95), result.percentileDelayMs(99),
                result.percentileDelayMs(100));
    for (const auto &problem : result.problems)
        std::printf("PROBLEM: %s\n", qPrintable(problem));
    const bool good = result.problems.isEmpty() && result.otherErrors == 0 &&
                      !result.delaysUs.empty() && result.percentileDelayMs(95) < 1000.0;
    std::printf("%s\n", good ? "nothing lost, models equal to a fresh read, p95 < 1 s" : "FAILED");
    return good ? 0 : 1;
}
