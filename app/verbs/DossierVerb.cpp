#include "app/verbs/VerbSupport.h"
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/util/Logging.h"

namespace leverage::app {
namespace {

constexpr auto kDossierUsage = "dossier FILE --case ID --out OUT.pdf [--from DATE] [--to DATE] "
                               "[--include-private] [--no-contacts] [--no-escalation] "
                               "[--prepared-by NAME] [--paper a4|letter] [--with-exhibits]";

// A date on the command line: ISO 8601 (2026-03-02). Returns false and says why otherwise.
bool parseDate(const QCommandLineParser &parser, const QString &option, QDate *date,
               VerbContext &context)
{
    if (!parser.isSet(option))
        return true;
    const QString text = parser.value(option);
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        context.err << "leverage: --" << option << " \"" << text
                    << "\" is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02\n";
        return false;
    }
    return true;
}

} // namespace

int runDossierVerb(VerbContext &context)
{
    const QString usage = QString::fromLatin1(kDossierUsage);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Case id."),
                                        QStringLiteral("id"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("PDF to write."),
                                       QStringLiteral("file"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QStringLiteral("First day."),
                                        QStringLiteral("date"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Last day."),
                                      QStringLiteral("date"));
    const QCommandLineOption privateOption(QStringLiteral("include-private"));
    const QCommandLineOption noContactsOption(QStringLiteral("no-contacts"));
    const QCommandLineOption noEscalationOption(QStringLiteral("no-escalation"));
    const QCommandLineOption exhibitsOption(QStringLiteral("with-exhibits"));
    const QCommandLineOption preparedByOption(QStringLiteral("prepared-by"),
                                              QStringLiteral("Author."), QStringLiteral("name"));
    const QCommandLineOption paperOption(QStringLiteral("paper"), QStringLiteral("a4 or letter."),
                                         QStringLiteral("size"));
    parser.addOptions({caseOption, outOption, fromOption, toOption, privateOption, noContactsOption,
                       noEscalationOption, preparedByOption, paperOption, exhibitsOption});
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(caseOption) ||
        !parser.isSet(outOption)) {
        context.err << "leverage: dossier needs a workspace file, --case and --out (usage: "
                       "leverage "
                    << usage << ")\n";
        return 2;
    }
    const RowId caseId =
        idOption(parser, caseOption, QStringLiteral("`leverage cases FILE` lists them"), context);
    if (caseId <= 0)
        return 2;
    DossierOptions options;
    if (!parseDate(parser, QStringLiteral("from"), &options.from, context) ||
        !parseDate(parser, QStringLiteral("to"), &options.to, context))
        return 2;
    if (options.from.isValid() && options.to.isValid() && options.from > options.to) {
        context.err << "leverage: --from " << options.from.toString(Qt::ISODate)
                    << " is after --to " << options.to.toString(Qt::ISODate) << "\n";
        return 2;
    }
    if (parser.isSet(paperOption)) {
        const QString paper = parser.value(paperOption).toLower();
        if (paper == QLatin1String("a4"))
            options.paper = DossierOptions::Paper::A4;
        else if (paper == QLatin1String("letter"))
            options.paper = DossierOptions::Paper::Letter;
        else {
            context.err << "leverage: --paper must be a4 or letter, not \""
                        << parser.value(paperOption) << "\"\n";
            return 2;
        }
    }
    options.includePrivate = parser.isSet(privateOption);
    options.contactsAppendix = !parser.isSet(noContactsOption);
    options.escalationPath = !parser.isSet(noEscalationOption);
    options.preparedBy = parser.value(preparedByOption);
    options.withExhibits = parser.isSet(exhibitsOption);

    const QString out = parser.value(outOption);
    const QString file = parser.positionalArguments().first();
    if (!outputSparesWorkspace(QStringLiteral("out"), out, file, context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(file, clock, context, Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    auto data = DossierAssembler(*workspace).assemble(caseId, options);
    if (!data) {
        context.err << "leverage: " << data.message();
        if (data.code() == Error::Code::NotFound)
            context.err << " `leverage cases " << file << "` lists the cases.";
        context.err << "\n";
        return 1;
    }
    if (auto status = DossierRenderer::renderPdf(*data, options, out); !status) {
        context.err << "leverage: " << status.message() << "\n";
        return 1;
    }
    context.out << "Dossier of case " << caseId << " written to " << out << "\n";
    return 0;
}

} // namespace leverage::app
