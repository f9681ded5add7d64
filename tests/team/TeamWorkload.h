#pragma once

#include "core/store/ServerAddress.h"

#include <QStringList>
#include <chrono>
#include <vector>

namespace leverage::testing {

// Several clients, each a thread with its own connection, models and event loop as a
// colleague's computer would have, writing the same cases of one team workspace for a while
// (issue 23): titles of the shared cases and summaries of their entries, read from each
// client's own (possibly stale) models, plus new entries. Bounded: it stops at the deadline or
// after `maxWritesPerClient`, whichever comes first.
struct TeamWorkloadOptions
{
    int clients = 2;
    std::chrono::milliseconds duration{3000};
    int cases = 2;
    int entriesPerCase = 6; // few, so that clients meet on the same rows
    int maxWritesPerClient = 100000;
    // A client's pause between two saves, on average (0 to twice this), taking colleagues'
    // changes in meanwhile. Every client of the test runs on this one machine: the pause keeps
    // the machine, not the server, from being what is measured.
    std::chrono::milliseconds pause{20};
    int maxEntriesPerCase = 150; // bounded: the new entries stop there
};

struct TeamWorkloadResult
{
    qint64 writes = 0;            // saved
    qint64 conflicts = 0;         // refused with Error::Code::Conflict, to the client that wrote
    qint64 otherErrors = 0;       // anything else: a failure of the run
    qint64 added = 0;             // new entries among the writes
    std::vector<qint64> delaysUs; // a save's commit to another client's model showing it
    QStringList problems;         // lost writes, models unlike a fresh read, failures
    double medianDelayMs() const;
    double percentileDelayMs(int percent) const;
};

// Runs the workload on `address` (an up-to-date, empty team workspace) and checks it: no
// saved write lost, every refused one refused to its writer, every client's models equal to a
// fresh read once the notifications have arrived.
TeamWorkloadResult runTeamWorkload(const ServerAddress &address,
                                   const TeamWorkloadOptions &options);

} // namespace leverage::testing
