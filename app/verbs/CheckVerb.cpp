#include "app/verbs/VerbSupport.h"
#include "core/store/SearchIndex.h"

#include <QElapsedTimer>

namespace leverage::app {

int runCheckVerb(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    parser.addOption(
        {QStringLiteral("repair"), QStringLiteral("Rebuild the search index if it differs.")});
    const auto usage = QStringLiteral("check FILE [--repair]");
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (!oneWorkspaceFile(parser, context, usage))
        return 2;
    const bool repair = parser.isSet(QStringLiteral("repair"));
    SystemClock clock;
    // Reading is enough to check; a repair writes (and brings an older file up to date).
    auto workspace =
        openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                              repair ? Workspace::Access::ReadWrite : Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    SearchIndex index(*workspace);
    auto differences = index.differences();
    if (!differences) {
        context.err << "leverage: " << differences.message() << "\n";
        return 1;
    }
    if (*differences == 0) {
        context.out << "search index: exact\n";
        return 0;
    }
    context.out << "search index: " << *differences << " rows differ from the workspace\n";
    if (!repair) {
        context.err << "leverage: the search index is out of date; run leverage check FILE "
                       "--repair to rebuild it\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (auto status = index.rebuild(); !status) {
        context.err << "leverage: " << status.message() << "\n";
        return 1;
    }
    context.out << "search index: rebuilt in " << timer.elapsed() << " ms\n";
    return 0;
}

} // namespace leverage::app
