#include "app/verbs/VerbSupport.h"
#include "core/outcomes/CsvWriter.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeTable.h"
#include "core/outcomes/RegulatorForm.h"
#include "core/store/DocumentFile.h"
#include "core/store/OutcomeFactsReader.h"

namespace leverage::app {
namespace {

using outcomes::OutcomeTable;

std::optional<OutcomeTable::Grouping> groupingOf(const QString &name)
{
    if (name == QLatin1String("organization"))
        return OutcomeTable::Grouping::Organization;
    if (name == QLatin1String("month"))
        return OutcomeTable::Grouping::Month;
    if (name == QLatin1String("contact"))
        return OutcomeTable::Grouping::Contact;
    if (name == QLatin1String("trouble"))
        return OutcomeTable::Grouping::TroubleByOrganization;
    if (name == QLatin1String("case"))
        return OutcomeTable::Grouping::TroubleByCase;
    return std::nullopt;
}

// The case's regulator form (outcomes::RegulatorForm) on standard output.
int printRegulatorForm(Workspace &workspace, RowId caseId, bool json, VerbContext &context)
{
    auto form = outcomes::RegulatorForm::of(workspace, caseId);
    if (!form) {
        context.err << "leverage: " << form.message() << "\n";
        return 1;
    }
    if (json)
        context.out << QString::fromUtf8(form->json());
    else
        context.out << form->text();
    return 0;
}

} // namespace

// leverage outcomes FILE [--by organization|month|contact|trouble|case] [--csv OUT]: the outcome
// figures, tab-separated with a header line, or as a CSV file for a spreadsheet.
int runOutcomesVerb(VerbContext &context)
{
    const QString usage =
        QStringLiteral("outcomes FILE [--by organization|month|contact|trouble|case] [--csv OUT] "
                       "| outcomes FILE --case N [--format text|json]");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QCommandLineOption byOption(
        QStringList{QStringLiteral("by")},
        QStringLiteral("organization (default), month, contact, trouble (time and trouble "
                       "per organization) or case."),
        QStringLiteral("grouping"), QStringLiteral("organization"));
    const QCommandLineOption csvOption(QStringList{QStringLiteral("csv")},
                                       QStringLiteral("Write a CSV file instead."),
                                       QStringLiteral("out.csv"));
    const QCommandLineOption caseOption(
        QStringList{QStringLiteral("case")},
        QStringLiteral("Print one case's regulator form instead of the figures."),
        QStringLiteral("id"));
    const QCommandLineOption formatOption(QStringList{QStringLiteral("format")},
                                          QStringLiteral("With --case: text (default) or json."),
                                          QStringLiteral("format"), QStringLiteral("text"));
    parser.addOption(byOption);
    parser.addOption(csvOption);
    parser.addOption(caseOption);
    parser.addOption(formatOption);
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (!oneWorkspaceFile(parser, context, usage))
        return 2;
    const auto grouping = groupingOf(parser.value(byOption));
    if (!grouping) {
        context.err << "leverage: --by takes organization, month, contact, trouble or case (usage: "
                       "leverage "
                    << usage << ")\n";
        return 2;
    }
    const RowId caseId =
        parser.isSet(caseOption) ? idOption(parser, QStringLiteral("case"), context) : 0;
    if (parser.isSet(caseOption) && caseId <= 0)
        return 2;
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        context.err << "leverage: --format takes text or json (usage: leverage " << usage << ")\n";
        return 2;
    }
    if (parser.isSet(csvOption) &&
        !outputSparesWorkspace(QStringLiteral("csv"), parser.value(csvOption),
                               parser.positionalArguments().first(), context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    if (parser.isSet(caseOption))
        return printRegulatorForm(*workspace, caseId, format == QLatin1String("json"), context);
    auto facts = OutcomeFactsReader(*workspace).read();
    if (!facts) {
        context.err << "leverage: " << facts.message() << "\n";
        return 1;
    }
    const auto table = OutcomeTable::of(outcomes::OutcomeFigures::compute(*facts, {}), *grouping);

    if (parser.isSet(csvOption)) {
        const QString out = parser.value(csvOption);
        const Status written =
            DocumentFile::save(out, outcomes::CsvWriter::document(table.headers, table.rows),
                               [&](const QString &reason) {
                                   return QStringLiteral("could not write %1: %2").arg(out, reason);
                               });
        if (!written) {
            context.err << "leverage: " << written.message() << "\n";
            return 1;
        }
        context.out << "Figures written to " << out << "\n";
        return 0;
    }
    QStringList header;
    for (const auto &cell : table.headers)
        header << oneLineField(cell);
    context.out << header.join(QLatin1Char('\t')) << '\n';
    for (const auto &row : table.rows) {
        QStringList cells;
        for (const auto &cell : row)
            cells << oneLineField(cell);
        context.out << cells.join(QLatin1Char('\t')) << '\n';
    }
    return 0;
}

} // namespace leverage::app
