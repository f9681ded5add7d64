#include "app/verbs/VerbSupport.h"
#include "core/evidence/EvidenceService.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"

namespace leverage::app {

// leverage attach FILE --case ID [--entry ID] PATH…: each file stored in the workspace and
// attached to the case (or the entry). Stops at the first file that cannot be attached; the
// ones before it stay attached and are listed.
int runAttachVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("attach FILE --case ID [--entry ID] PATH…");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case's id."),
                                        QStringLiteral("ID"));
    const QCommandLineOption entryOption(QStringLiteral("entry"),
                                         QStringLiteral("A timeline entry of the case."),
                                         QStringLiteral("ID"));
    parser.addOptions({caseOption, entryOption});
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("The files to attach."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    const auto positional = parser.positionalArguments();
    if (positional.size() < 2 || !parser.isSet(caseOption)) {
        context.err << "leverage: attach takes a workspace, --case and at least one file (usage: "
                       "leverage "
                    << usage << ")\n";
        return 2;
    }
    const RowId caseId = idOption(parser, QStringLiteral("case"), context);
    const RowId entryId =
        parser.isSet(entryOption) ? idOption(parser, QStringLiteral("entry"), context) : -1;
    if (caseId == 0 || entryId == 0)
        return 2;
    SystemClock clock;
    auto workspace =
        openExistingWorkspace(positional.first(), clock, context, Workspace::Access::ReadWrite);
    if (!workspace)
        return 1;
    if (!caseIsThere(*workspace, caseId, context))
        return 1;
    if (entryId > 0) {
        auto entry = workspace->timeline().get(entryId);
        if (!entry || entry->caseId != caseId) {
            context.err << "leverage: case " << caseId << " has no entry " << entryId << "\n";
            return 1;
        }
    }
    for (const auto &path : positional.mid(1)) {
        auto attached =
            EvidenceService::attachFile(*workspace, caseId, qMax<RowId>(entryId, 0), path);
        if (!attached) {
            context.err << "leverage: " << attached.message() << "\n";
            return 1;
        }
        context.out << attached->meta.id << '\t' << attached->sha256 << '\t'
                    << attached->originalName << '\n';
    }
    return 0;
}

} // namespace leverage::app
