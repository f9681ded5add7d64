#include "app/verbs/VerbSupport.h"
#include "core/store/ServerAddress.h"
#include "core/store/WorkspaceCopier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <optional>
#include <utility>

namespace leverage::app {
namespace {

// Copies and says table by table what arrived; false (and why, on err) when nothing did.
bool copyAndReport(Workspace &from, Workspace &to, const QString &fromName, const QString &toName,
                   VerbContext &context)
{
    context.out << "Copying " << fromName << " to " << toName << "\n";
    context.out.flush();
    auto copied = WorkspaceCopier::copy(from, to, [&](const WorkspaceCopier::TableCopied &table) {
        context.out << "  " << table.table << ": " << table.rows
                    << (table.checked ? " rows, checked\n" : " rows so far\n");
        context.out.flush();
    });
    if (!copied) {
        context.err << "leverage: " << copied.message() << "\n";
        return false;
    }
    qint64 rows = 0;
    for (const auto &table : *copied)
        rows += table.rows;
    context.out << "Copied " << rows << " rows in " << copied->size()
                << " tables; every table's count and hash match.\n";
    return true;
}

// The two arguments, one of them a server address at `serverAt`; empty on a usage error.
std::optional<std::pair<QString, ServerAddress>>
fileAndServer(const char *verb, const QString &usage, int serverAt, VerbContext &context)
{
    QCommandLineParser parser;
    const QString file = QStringLiteral("file");
    const QString server = QStringLiteral("server");
    parser.addPositionalArgument(serverAt == 0 ? server : file, QStringLiteral("From."));
    parser.addPositionalArgument(serverAt == 0 ? file : server, QStringLiteral("To."));
    if (!parseVerbArguments(parser, context, usage))
        return std::nullopt;
    const auto arguments = parser.positionalArguments();
    if (arguments.size() != 2 || !ServerAddress::isServerUrl(arguments.at(serverAt))) {
        context.err << "leverage: " << verb
                    << " takes a workspace file and a server address (usage: leverage " << usage
                    << ")\n";
        return std::nullopt;
    }
    auto address = ServerAddress::parse(arguments.at(serverAt));
    if (!address) {
        context.err << "leverage: " << address.message() << "\n";
        return std::nullopt;
    }
    return std::make_pair(arguments.at(1 - serverAt), *address);
}

void removeWorkspaceFile(const QString &path)
{
    for (const auto *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

// leverage migrate FILE postgresql://…: copies a file workspace into an empty database on a
// PostgreSQL server (the team workspace), checked table by table; nothing is copied when any
// part fails.
int runMigrateVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("migrate FILE postgresql://user@host:port/database");
    const auto arguments = fileAndServer("migrate", usage, 1, context);
    if (!arguments)
        return 2;
    const auto &[path, address] = *arguments;
    SystemClock clock;
    auto from = openExistingWorkspace(path, clock, context, Workspace::Access::ReadOnly);
    if (!from)
        return 1;
    auto to = Workspace::openServer(address, clock);
    if (!to) {
        context.err << "leverage: " << to.message() << "\n";
        return 1;
    }
    return copyAndReport(*from, **to, path, address.displayUrl(), context) ? 0 : 1;
}

// leverage export postgresql://… FILE: the team workspace back into a new workspace file,
// checked table by table. The file is written under a temporary name beside FILE and takes
// FILE's name only once every table matched, so no half-written FILE is ever left.
int runExportVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("export postgresql://user@host:port/database FILE");
    const auto arguments = fileAndServer("export", usage, 0, context);
    if (!arguments)
        return 2;
    const auto &[path, address] = *arguments;
    if (QFileInfo::exists(path)) {
        context.err << "leverage: " << path
                    << " already exists; export writes a new file and never replaces one.\n";
        return 1;
    }
    SystemClock clock;
    Workspace::Options reading;
    reading.access = Workspace::Access::ReadOnly;
    auto from = Workspace::openServer(address, clock, reading);
    if (!from) {
        context.err << "leverage: " << from.message() << "\n";
        return 1;
    }
    const QFileInfo target(path);
    const auto partial = target.dir().filePath(
        QStringLiteral(".%1.%2.partial")
            .arg(target.fileName(), QUuid::createUuid().toString(QUuid::WithoutBraces)));
    bool copied = false;
    {
        auto to = Workspace::open(partial, clock);
        if (!to) {
            context.err << "leverage: " << to.message() << "\n";
            removeWorkspaceFile(partial);
            return 1;
        }
        copied = copyAndReport(**from, **to, address.displayUrl(), path, context);
    } // closed: the file is whole on disk before it takes its name
    if (!copied || !QFile::rename(partial, path)) {
        if (copied)
            context.err << "leverage: the copy could not be named " << path
                        << " (it appeared meanwhile, or the folder refuses); nothing was left.\n";
        removeWorkspaceFile(partial);
        return 1;
    }
    return 0;
}

} // namespace leverage::app
