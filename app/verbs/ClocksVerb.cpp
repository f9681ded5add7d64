#include "app/verbs/VerbSupport.h"
#include "core/clocks/ClockIcs.h"
#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/ledger/IcsExporter.h"
#include "core/store/CaseRepository.h"

namespace leverage::app {

// leverage clocks FILE [--case ID] [--ics OUT.ics]: every clock of the workspace's cases (or
// of one), one line each: case id, rule id, trigger date, due date, state (waiting, running,
// open, overdue, expired); or the calendar file of their due dates.
int runClocksVerb(VerbContext &context)
{
    const QString usage = QStringLiteral("clocks FILE [--case ID] [--ics OUT.ics]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QCommandLineOption caseOption(QStringList{QStringLiteral("case")},
                                        QStringLiteral("Only this case."), QStringLiteral("id"));
    const QCommandLineOption icsOption(QStringList{QStringLiteral("ics")},
                                       QStringLiteral("Write an iCalendar file instead."),
                                       QStringLiteral("out.ics"));
    parser.addOption(caseOption);
    parser.addOption(icsOption);
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (!oneWorkspaceFile(parser, context, usage))
        return 2;
    RowId caseId = 0;
    if (parser.isSet(caseOption)) {
        bool ok = false;
        caseId = parser.value(caseOption).toLongLong(&ok);
        if (!ok || caseId <= 0) {
            context.err << "leverage: --case takes a case id (see leverage cases FILE)\n";
            return 2;
        }
    }
    if (parser.isSet(icsOption) &&
        !outputSparesWorkspace(QStringLiteral("ics"), parser.value(icsOption),
                               parser.positionalArguments().first(), context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    if (!caseIsThere(*workspace, caseId, context))
        return 1;

    if (parser.isSet(icsOption)) {
        const QString out = parser.value(icsOption);
        IcsExporter exporter(*workspace);
        Status status = clocks::ClockIcs::addTo(exporter, *workspace, caseId, false);
        if (status)
            status = exporter.writeFile(out);
        if (!status) {
            context.err << "leverage: " << status.message() << "\n";
            return 1;
        }
        context.out << "Calendar written to " << out << "\n";
        return 0;
    }

    clocks::ClockService service(*workspace);
    auto all = caseId > 0 ? service.forCase(caseId) : service.all();
    if (!all) {
        context.err << "leverage: " << all.message() << "\n";
        return 1;
    }
    for (const auto &clock : *all)
        context.out << clock.caseId << '\t' << clock.rule.id << '\t'
                    << clock.triggerDate.toString(Qt::ISODate) << '\t'
                    << clock.dueDate.toString(Qt::ISODate) << '\t'
                    << clocks::ClockText::stateKey(clock.state) << '\n';
    return 0;
}

} // namespace leverage::app
