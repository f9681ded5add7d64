#include "app/verbs/VerbSupport.h"
#include "core/store/ServerAddress.h"
#include "core/store/WorkspaceCopier.h"

namespace leverage::app {

// leverage migrate FILE postgresql://…: copies a file workspace into an empty database on a
// PostgreSQL server (the team workspace), checked table by table; nothing is copied when any
// part fails.
int runMigrateVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("migrate FILE postgresql://user@host:port/database");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The team workspace."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    const auto arguments = parser.positionalArguments();
    if (arguments.size() != 2 || !ServerAddress::isServerUrl(arguments.at(1))) {
        context.err << "leverage: migrate takes a workspace file and a server address (usage: "
                       "leverage "
                    << usage << ")\n";
        return 2;
    }
    auto address = ServerAddress::parse(arguments.at(1));
    if (!address) {
        context.err << "leverage: " << address.message() << "\n";
        return 2;
    }
    SystemClock clock;
    auto from = openExistingWorkspace(arguments.at(0), clock, context, Workspace::Access::ReadOnly);
    if (!from)
        return 1;
    auto to = Workspace::openServer(*address, clock);
    if (!to) {
        context.err << "leverage: " << to.message() << "\n";
        return 1;
    }
    context.out << "Copying " << arguments.at(0) << " to " << address->displayUrl() << "\n";
    context.out.flush();
    auto copied =
        WorkspaceCopier::copy(*from, **to, [&](const WorkspaceCopier::TableCopied &table) {
            context.out << "  " << table.table << ": " << table.rows << " rows, checked\n";
            context.out.flush();
        });
    if (!copied) {
        context.err << "leverage: " << copied.message() << "\n";
        return 1;
    }
    qint64 rows = 0;
    for (const auto &table : *copied)
        rows += table.rows;
    context.out << "Copied " << rows << " rows in " << copied->size()
                << " tables; every table's count and hash match.\n";
    return 0;
}

} // namespace leverage::app
