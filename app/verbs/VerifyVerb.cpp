#include "app/verbs/VerbSupport.h"
#include "core/store/SealVerifier.h"
#include "core/timestamp/TimeStampCheck.h"

#include <QFileInfo>

namespace leverage::app {

// leverage verify FILE [--case ID] [--tsa-ca FILE]: recomputes the hash chain and names, row
// by row, what was changed outside Leverage, then checks each kept RFC 3161 time-stamp
// offline. Exit status 0 when the record is intact and every stamp holds, 1 otherwise.
int runVerifyVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("verify FILE [--case ID] [--tsa-ca CA.pem]");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case's id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption caOption(
        QStringLiteral("tsa-ca"),
        QStringLiteral("PEM certificates of the CAs the time-stamp authorities chain up to."),
        QStringLiteral("FILE"));
    parser.addOption(caseOption);
    parser.addOption(caOption);
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
    const QString caFile = parser.value(caOption);
    if (const QFileInfo ca(caFile); !caFile.isEmpty() && !(ca.isFile() && ca.isReadable())) {
        context.err << "leverage: the CA file " << caFile
                    << " cannot be read (--tsa-ca takes a file of PEM certificates)\n";
        return 2;
    }
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace || !caseIsThere(*workspace, caseId, context))
        return 1;
    auto report = SealVerifier::verify(*workspace, caseId);
    if (!report) {
        context.err << "leverage: " << report.message() << "\n";
        return 1;
    }
    auto stamps = TimeStampCheck::check(*workspace, caseId, report->firstBadSeal, caFile);
    if (!stamps) {
        context.err << "leverage: " << stamps.message() << "\n";
        return 1;
    }
    for (const auto &finding : report->findings)
        context.out << finding.sentence << '\n';
    bool stampsHold = true;
    for (const auto &stamp : *stamps) {
        context.out << stamp.sentence() << '\n';
        stampsHold = stampsHold && stamp.good();
    }
    if (!stamps->isEmpty() && !report->intact())
        context.out << "The record as it is now differs from what was sealed (above): no "
                       "time-stamp covers those changes.\n";
    context.out << (report->intact() ? "Intact: " : "Changed outside Leverage: ")
                << report->sealsChecked << " seals, " << report->rowsChecked << " rows, "
                << report->blobsChecked << " files";
    if (!stamps->isEmpty())
        context.out << ", " << stamps->size() << " time-stamps";
    context.out << " checked; head "
                << (report->head.isEmpty() ? QStringLiteral("(none)") : report->head) << '\n';
    return report->intact() && stampsHold ? 0 : 1;
}

} // namespace leverage::app
