// A stand-in for Leverage mid-call, for the crash test: opens a workspace, starts a call on
// a case and keeps appending to the notes, saving after each line. After each committed save
// it prints "saved <count> <notes length>" so the test knows what must survive a SIGKILL.
// With a third argument "background" the saves go through the CallDraftWriter thread, as in
// the app; otherwise through CallSession::save on this thread.
#include "core/calls/CallSession.h"
#include "core/services/Clock.h"
#include "core/store/CallDraftWriter.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: call_writer WORKSPACE CASE_ID\n");
        return 2;
    }
    leverage::logging::setUp({}, false);
    leverage::SystemClock clock;
    auto opened = leverage::Workspace::open(args[1], clock);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    leverage::CallSession session(**opened);
    auto started = session.start(args[2].toLongLong());
    if (!started) {
        std::fprintf(stderr, "%s\n", qPrintable(started.message()));
        return 1;
    }
    auto state = *started;
    std::printf("draft %lld\n", static_cast<long long>(state.draftId));
    std::fflush(stdout);
    const bool background = args.size() > 3 && args[3] == QLatin1String("background");
    leverage::CallDraftWriter writer((*opened)->filePath());
    bool failed = false;
    QObject::connect(
        &writer, &leverage::CallDraftWriter::failed, &writer,
        [&failed](qint64, const QString &message) {
            std::fprintf(stderr, "%s\n", qPrintable(message));
            failed = true;
        },
        Qt::DirectConnection);
    for (int count = 1; count <= 100000 && !failed; ++count) {
        state.notes += QStringLiteral("[%1] line %2: the agent repeats the policy once more.\n")
                           .arg(leverage::CallState::stamp(count), QString::number(count));
        if (background) {
            writer.save(state.draftId, state.caseId, session.payloadOf(state),
                        QDateTime::currentMSecsSinceEpoch());
            writer.flush(); // returns once the write has committed
        } else if (auto status = session.save(state); !status) {
            std::fprintf(stderr, "%s\n", qPrintable(status.message()));
            return 1;
        }
        if (failed)
            return 1;
        std::printf("saved %d %lld\n", count, static_cast<long long>(state.notes.size()));
        std::fflush(stdout);
    }
    return failed ? 1 : 0;
}
