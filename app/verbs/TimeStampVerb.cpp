#include "app/verbs/VerbSupport.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimeStampRepository.h"
#include "core/timestamp/TimeStampClient.h"
#include "core/timestamp/TimeStampToken.h"

#include <QUrl>

namespace leverage::app {

// leverage timestamp FILE --tsa URL [--case ID]: asks the RFC 3161 time-stamp authority at
// URL to stamp the hash chain's head and keeps the token with the case (or the workspace).
// Prints the stamp's time, serial and head; exit status 1 with one line when it was not
// granted (nothing is written then).
int runTimeStampVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("timestamp FILE --tsa URL [--case ID]");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case's id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption tsaOption(QStringLiteral("tsa"),
                                       QStringLiteral("The time-stamp authority's address."),
                                       QStringLiteral("URL"));
    parser.addOptions({caseOption, tsaOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(tsaOption)) {
        context.err << "leverage: timestamp takes a workspace and --tsa (usage: leverage " << usage
                    << ")\n";
        return 2;
    }
    const QUrl authority(parser.value(tsaOption));
    if (const QString wrong = TimeStampClient::checkAddress(authority); !wrong.isEmpty()) {
        context.err << "leverage: " << wrong << "\n";
        return 2;
    }
    RowId caseId = 0;
    if (parser.isSet(caseOption) &&
        (caseId = idOption(parser, QStringLiteral("case"), context)) == 0)
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadWrite);
    if (!workspace)
        return 1;
    if (!caseIsThere(*workspace, caseId, context))
        return 1;
    TimeStampRepository stamps(*workspace);
    auto head = stamps.head();
    if (!head) {
        context.err << "leverage: " << head.message() << "\n";
        return 1;
    }
    auto stamp =
        TimeStampClient::stampNow(authority, caseId, *head, Instant::fromDateTime(clock.now()));
    auto id = stamp ? stamps.add(*stamp) : Result<RowId>(stamp.error());
    if (!id) {
        context.err << "leverage: " << id.message() << "\n";
        return 1;
    }
    auto info = TimeStampToken::read(stamp->token);
    context.out << *id << '\t' << info->genTime.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                << '\t' << info->serial << '\t' << stamp->head << '\n';
    return 0;
}

} // namespace leverage::app
