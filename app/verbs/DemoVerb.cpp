#include "app/verbs/VerbSupport.h"
#include "core/services/DemoWorkspaceBuilder.h"

#include <QFileInfo>

namespace leverage::app {

int runDemoVerb(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("Where to write it."));
    if (!parseVerbArguments(parser, context, QStringLiteral("demo FILE")))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        context.err << "leverage: demo takes one file (usage: leverage demo FILE)\n";
        return 2;
    }
    const auto path = parser.positionalArguments().first();
    if (QFileInfo::exists(path)) {
        context.err << "leverage: \"" << path
                    << "\" already exists; the demo is written only to a new file\n";
        return 1;
    }
    SystemClock clock;
    auto opened = Workspace::open(path, clock);
    if (!opened) {
        context.err << "leverage: " << opened.message() << "\n";
        return 1;
    }
    DemoWorkspaceBuilder builder(**opened);
    if (auto status = builder.build(); !status) {
        context.err << "leverage: " << status.message() << "\n";
        return 1;
    }
    context.out << "Demo workspace written to " << path << "\n";
    return 0;
}

} // namespace leverage::app
