#include "app/verbs/VerbSupport.h"
#include "core/clocks/ClockIcs.h"
#include "core/ledger/CommitmentDueness.h"
#include "core/ledger/FollowUpAgenda.h"
#include "core/ledger/IcsExporter.h"
#include "core/ledger/LedgerLookup.h"

namespace leverage::app {
// leverage agenda FILE [--ics OUT.ics]: the open follow-ups by bucket, one line each
// (bucket, id, due, case, person, what), or the calendar file for a calendar program.
int runAgendaVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("agenda FILE [--ics OUT.ics]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QCommandLineOption icsOption(QStringList{QStringLiteral("ics")},
                                       QStringLiteral("Write an iCalendar file instead."),
                                       QStringLiteral("out.ics"));
    parser.addOption(icsOption);
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (!oneWorkspaceFile(parser, context, usage))
        return 2;
    if (parser.isSet(icsOption) &&
        !outputSparesWorkspace(QStringLiteral("ics"), parser.value(icsOption),
                               parser.positionalArguments().first(), context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;

    if (parser.isSet(icsOption)) {
        const QString out = parser.value(icsOption);
        // The clocks' due dates go in with the follow-ups and promises.
        IcsExporter exporter(*workspace);
        Status status = clocks::ClockIcs::addTo(exporter, *workspace);
        if (status)
            status = exporter.writeFile(out);
        if (!status) {
            context.err << "leverage: " << status.message() << "\n";
            return 1;
        }
        context.out << "Calendar written to " << out << "\n";
        return 0;
    }

    auto agenda = FollowUpAgenda::load(*workspace);
    if (!agenda) {
        context.err << "leverage: " << agenda.message() << "\n";
        return 1;
    }
    LedgerLookup lookup(*workspace);
    for (const auto bucket : FollowUpAgenda::kBuckets) {
        for (const auto &followUp : agenda->bucket(bucket)) {
            const auto due = CommitmentDueness::inZoneOf(CommitmentDueness::effectiveDue(followUp),
                                                         agenda->now());
            context.out << duenessKey(bucket) << '\t' << followUp.meta.id << '\t'
                        << (due.isValid() ? due.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                          : QString())
                        << '\t' << oneLineField(lookup.caseTitle(followUp.caseId)) << '\t'
                        << oneLineField(lookup.contact(followUp.contactId).name) << '\t'
                        << oneLineField(followUp.what) << '\n';
        }
    }
    return 0;
}

} // namespace leverage::app
