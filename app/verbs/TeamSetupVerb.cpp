#include "app/verbs/VerbSupport.h"
#include "core/store/ServerAddress.h"
#include "core/store/TeamAccess.h"

namespace leverage::app {

// leverage team-setup postgresql://owner@host/database: creates the team roles (advocate,
// supervisor, volunteer), grants them their rights and turns on row-level security. Run by
// the owner of the workspace's tables; safe to run again.
int runTeamSetupVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("team-setup postgresql://owner@host:port/database");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("server"), QStringLiteral("The team workspace."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    const auto arguments = parser.positionalArguments();
    auto address = arguments.size() == 1 ? ServerAddress::parse(arguments.first())
                                         : Result<ServerAddress>(Error{Error::Code::Invalid, {}});
    if (!address) {
        context.err << "leverage: team-setup takes one server address (usage: leverage " << usage
                    << ")\n";
        return 2;
    }
    SystemClock clock;
    auto workspace = Workspace::openServer(*address, clock);
    if (!workspace) {
        context.err << "leverage: " << workspace.message() << "\n";
        return 1;
    }
    if (auto status = TeamAccess::setUp(**workspace); !status) {
        context.err << "leverage: " << status.message() << "\n";
        return 1;
    }
    context.out << "Roles leverage_advocate, leverage_supervisor and leverage_volunteer are set "
                   "up on "
                << address->displayUrl() << "; private cases are enforced by the server.\n";
    return 0;
}

} // namespace leverage::app
