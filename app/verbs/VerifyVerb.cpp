#include "app/verbs/VerbSupport.h"
#include "core/store/SealVerifier.h"

namespace leverage::app {

// leverage verify FILE [--case ID]: recomputes the hash chain and names, row by row, what
// was changed outside Leverage. Exit status 0 when the record is intact, 1 otherwise.
int runVerifyVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("verify FILE [--case ID]");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case's id."),
                                        QStringLiteral("ID"));
    parser.addOption(caseOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        context.err << "leverage: verify takes one workspace (usage: leverage " << usage << ")\n";
        return 2;
    }
    RowId caseId = 0;
    if (parser.isSet(caseOption) &&
        (caseId = idOption(parser, QStringLiteral("case"), context)) == 0)
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    auto report = SealVerifier::verify(*workspace, caseId);
    if (!report) {
        context.err << "leverage: " << report.message() << "\n";
        return 1;
    }
    for (const auto &finding : report->findings)
        context.out << finding.sentence << '\n';
    context.out << (report->intact() ? "Intact: " : "Changed outside Leverage: ")
                << report->sealsChecked << " seals, " << report->rowsChecked << " rows, "
                << report->blobsChecked << " files checked; head "
                << (report->head.isEmpty() ? QStringLiteral("(none)") : report->head) << '\n';
    return report->intact() ? 0 : 1;
}

} // namespace leverage::app
