#include "app/verbs/VerbSupport.h"
#include "core/evidence/MailImporter.h"
#include "core/evidence/MailParser.h"

namespace leverage::app {

// leverage import-mail FILE --case ID MESSAGE.eml…: each message (or every message of an
// .mbox) becomes an e-mail entry of the case. Every file is read first: one that is not an
// e-mail stops the import with its reason, and nothing is written.
int runImportMailVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("import-mail FILE --case ID MESSAGE.eml…");
    QCommandLineParser parser;
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The case's id."),
                                        QStringLiteral("ID"));
    parser.addOption(caseOption);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    parser.addPositionalArgument(QStringLiteral("messages"),
                                 QStringLiteral("The .eml or .mbox files."));
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    const auto positional = parser.positionalArguments();
    if (positional.size() < 2 || !parser.isSet(caseOption)) {
        context.err << "leverage: import-mail takes a workspace, --case and at least one message "
                       "(usage: leverage "
                    << usage << ")\n";
        return 2;
    }
    const RowId caseId = idOption(parser, QStringLiteral("case"), context);
    if (caseId == 0)
        return 2;
    QList<MailMessage> messages;
    for (const auto &path : positional.mid(1)) {
        auto read = MailParser::parseFile(path);
        if (!read) {
            context.err << "leverage: " << read.message() << "\n";
            return 1;
        }
        messages += *read;
    }
    SystemClock clock;
    auto workspace =
        openExistingWorkspace(positional.first(), clock, context, Workspace::Access::ReadWrite);
    if (!workspace)
        return 1;
    auto summary = MailImporter(*workspace).import(caseId, messages);
    if (!summary) {
        context.err << "leverage: " << summary.message() << "\n";
        return 1;
    }
    context.out << "Imported " << summary->imported << " messages (" << summary->duplicates
                << " already there), " << summary->attachments << " attachments, "
                << summary->contactsCreated << " new contacts\n";
    return 0;
}

} // namespace leverage::app
