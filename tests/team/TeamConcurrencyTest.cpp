// Two and then 20 clients writing the same cases of a team workspace for a few seconds (the
// 60-second runs are tests/team/TeamConcurrencyRun.cpp, by hand): nothing saved is lost, every
// refused save is refused to its writer, every client's models end equal to a fresh read, and
// colleagues see each save within a second.
#include "tests/support/PostgresServer.h"
#include "tests/team/TeamWorkload.h"

#include <cstdio>
#include <gtest/gtest.h>

using namespace leverage::testing;

namespace {

void runAndCheck(int clients, std::chrono::milliseconds pause)
{
    auto &server = PostgresServer::instance();
    ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
    TeamWorkloadOptions options;
    options.clients = clients;
    options.duration = std::chrono::milliseconds(3000);
    options.pause = pause;
    const auto result = runTeamWorkload(server.newWorkspaceDatabase(), options);
    std::printf("%d clients, 3 s: %lld saves (%lld new entries), %lld conflicts refused to their "
                "writer; live update delay median %.1f ms, 95th percentile %.1f ms (%zu seen)\n",
                clients, static_cast<long long>(result.writes),
                static_cast<long long>(result.added), static_cast<long long>(result.conflicts),
                result.medianDelayMs(), result.percentileDelayMs(95), result.delaysUs.size());
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(u'\n').toStdString();
    EXPECT_EQ(result.otherErrors, 0);
    EXPECT_GT(result.writes, 2 * clients);
    EXPECT_GT(result.added, 0);
    // Stale copies were saved (a quarter of the saves wait 20 ms): some must have been refused.
    EXPECT_GT(result.conflicts, 0);
    ASSERT_FALSE(result.delaysUs.empty());
    EXPECT_LT(result.percentileDelayMs(95), 1000.0);
}

} // namespace

TEST(TeamConcurrencyTest, TwoClientsSavingTheSameRowsLoseNothing)
{
    runAndCheck(2, std::chrono::milliseconds(20));
}

TEST(TeamConcurrencyTest, TwentyClientsSavingTheSameRowsLoseNothing)
{
    // Twenty clients on this one machine (2 cores shared): each saves about every 0.2 s.
    runAndCheck(20, std::chrono::milliseconds(200));
}
