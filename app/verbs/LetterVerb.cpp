#include "app/verbs/VerbSupport.h"
#include "core/letters/LetterDrafter.h"
#include "core/store/ContactRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace leverage::app {
namespace {

constexpr auto kLetterUsage = "letter FILE --case ID --kind KIND --to CONTACT_ID [--tone TONE] "
                              "[--days N] [--attach-dossier] --out OUT.pdf|OUT.odt|OUT.eml";

QString keys(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

// The dossier as an e-mail attachment: rendered to a private temporary file and read back.
Result<QByteArray> dossierPdf(Workspace &workspace, RowId caseId)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dossier.pdf"));
    if (auto status = LetterDrafter(workspace).writeDossierPdf(caseId, path); !status)
        return status.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, QStringLiteral("The dossier could not be read back.")};
    return file.readAll();
}

} // namespace

int runLetterVerb(VerbContext &context)
{
    const QString usage = QString::fromLatin1(kLetterUsage);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("Case id."),
                                        QStringLiteral("id"));
    const QCommandLineOption kindOption(QStringLiteral("kind"), QStringLiteral("Letter kind."),
                                        QStringLiteral("kind"));
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Addressee."),
                                      QStringLiteral("contact id"));
    const QCommandLineOption toneOption(QStringLiteral("tone"), QStringLiteral("Tone."),
                                        QStringLiteral("tone"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("Deadline."),
                                        QStringLiteral("days"));
    const QCommandLineOption attachOption(QStringLiteral("attach-dossier"));
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("File to write."),
                                       QStringLiteral("file"));
    parser.addOptions(
        {caseOption, kindOption, toOption, toneOption, daysOption, attachOption, outOption});
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(caseOption) ||
        !parser.isSet(kindOption) || !parser.isSet(toOption) || !parser.isSet(outOption)) {
        context.err << "leverage: letter needs a workspace file, --case, --kind, --to and --out "
                       "(usage: leverage "
                    << usage << ")\n";
        return 2;
    }
    LetterFactsReader::Request request;
    request.caseId =
        idOption(parser, caseOption, QStringLiteral("`leverage cases FILE` lists them"), context);
    if (request.caseId <= 0)
        return 2;
    request.contactId = idOption(
        parser, toOption, QStringLiteral("`leverage contacts export FILE` lists them"), context);
    if (request.contactId <= 0)
        return 2;
    const auto kind = letterKindFromKey(parser.value(kindOption));
    if (!kind) {
        QStringList known;
        for (auto each : allLetterKinds())
            known << letterKindKey(each);
        context.err << "leverage: --kind must be one of " << keys(known) << ", not \""
                    << parser.value(kindOption) << "\"\n";
        return 2;
    }
    request.kind = *kind;
    if (parser.isSet(toneOption)) {
        const auto tone = letterToneFromKey(parser.value(toneOption));
        if (!tone) {
            context.err << "leverage: --tone must be courteous, firm or final, not \""
                        << parser.value(toneOption) << "\"\n";
            return 2;
        }
        request.tone = *tone;
    }
    if (parser.isSet(daysOption)) {
        bool ok = false;
        request.deadlineDays = parser.value(daysOption).toInt(&ok);
        if (!ok || request.deadlineDays < 1 || request.deadlineDays > 365) {
            context.err << "leverage: --days must be a number of days from 1 to 365\n";
            return 2;
        }
    }
    const QString out = parser.value(outOption);
    const QString file = parser.positionalArguments().first();
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("pdf") && suffix != QLatin1String("odt") &&
        suffix != QLatin1String("eml")) {
        context.err << "leverage: --out must end in .pdf, .odt or .eml\n";
        return 2;
    }
    if (parser.isSet(attachOption) && suffix != QLatin1String("eml")) {
        context.err << "leverage: --attach-dossier is for an e-mail (--out OUT.eml)\n";
        return 2;
    }
    if (!outputSparesWorkspace(QStringLiteral("out"), out, file, context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(file, clock, context, Workspace::Access::ReadOnly);
    if (!workspace || !caseIsThere(*workspace, request.caseId, context))
        return 1;
    if (!workspace->contacts().get(request.contactId)) {
        context.err << "leverage: there is no contact " << request.contactId
                    << " in this workspace (`leverage contacts export FILE` lists them)\n";
        return 1;
    }
    LetterDrafter drafter(*workspace);
    auto letter = drafter.draft(request);
    if (!letter) {
        context.err << "leverage: " << letter.message() << "\n";
        return 1;
    }
    Status written;
    if (parser.isSet(attachOption)) {
        auto pdf = dossierPdf(*workspace, request.caseId);
        if (!pdf) {
            context.err << "leverage: " << pdf.message() << "\n";
            return 1;
        }
        auto mail = drafter.mail(*letter, QStringLiteral("Dossier.pdf"), *pdf);
        written = mail ? mail->write(out) : mail.status();
    } else {
        written = drafter.write(*letter, out);
    }
    if (!written) {
        context.err << "leverage: " << written.message() << "\n";
        return 1;
    }
    context.out << letterKindLabel(request.kind) << " letter of case " << request.caseId
                << " written to " << out << "\n";
    return 0;
}

} // namespace leverage::app
