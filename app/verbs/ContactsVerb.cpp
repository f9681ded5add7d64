#include "app/verbs/VerbSupport.h"
#include "core/contacts/ContactExporter.h"
#include "core/contacts/ContactImporter.h"
#include "core/store/OrganizationRepository.h"
#include "core/util/ControlCharacters.h"
#include "core/vcard/VCardReader.h"

namespace leverage::app {
namespace {

const char *const kContactsUsage =
    "contacts export FILE --out CONTACTS.vcf [--organization NAME] | "
    "contacts import FILE "
    "CONTACTS.vcf [--merge-duplicates]";

int runExport(VerbContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 QStringLiteral("Where to write the vCard file."),
                                 QStringLiteral("CONTACTS.vcf"));
    parser.addOption(out);
    const QCommandLineOption organization(QStringLiteral("organization"),
                                          QStringLiteral("Only this organization's contacts."),
                                          QStringLiteral("NAME"));
    parser.addOption(organization);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    VerbContext sub{arguments, context.out, context.err};
    if (!parseVerbArguments(parser, sub, QString::fromLatin1(kContactsUsage)))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        context.err << "leverage: contacts export takes one workspace and --out (usage: "
                       "leverage contacts export FILE --out CONTACTS.vcf [--organization NAME])\n";
        return 2;
    }
    if (!outputSparesWorkspace(QStringLiteral("out"), parser.value(out),
                               parser.positionalArguments().first(), context))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    std::optional<RowId> organizationId;
    if (parser.isSet(organization)) {
        auto found = workspace->organizations().findByName(parser.value(organization));
        if (!found) {
            context.err << "leverage: " << found.message() << "\n";
            return 1;
        }
        if (!*found) {
            context.err << "leverage: no organization named \"" << parser.value(organization)
                        << "\" in this workspace\n";
            return 1;
        }
        organizationId = (*found)->meta.id;
    }
    auto written = ContactExporter(*workspace).exportToFile(parser.value(out), organizationId);
    if (!written) {
        context.err << "leverage: " << written.message() << "\n";
        return 1;
    }
    context.out << "Exported " << *written << " contacts to " << parser.value(out) << "\n";
    return 0;
}

int runImport(VerbContext &context, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption merge(QStringLiteral("merge-duplicates"),
                                   QStringLiteral("Merge cards into existing contacts of the same "
                                                  "name and organization (default: skip them)."));
    parser.addOption(merge);
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    parser.addPositionalArgument(QStringLiteral("vcf"), QStringLiteral("The vCard file."));
    VerbContext sub{arguments, context.out, context.err};
    if (!parseVerbArguments(parser, sub, QString::fromLatin1(kContactsUsage)))
        return 2;
    if (parser.positionalArguments().size() != 2) {
        context.err << "leverage: contacts import takes a workspace and a vCard file (usage: "
                       "leverage contacts import FILE CONTACTS.vcf [--merge-duplicates])\n";
        return 2;
    }
    const auto vcfPath = parser.positionalArguments().at(1);
    // Read the whole file before the workspace is opened: a bad file never gets near it.
    VCardReader reader;
    auto cards = reader.readFile(vcfPath);
    if (!cards) {
        context.err << "leverage: " << controlchars::escape(vcfPath) << ": "
                    << controlchars::escape(cards.message()) << " Nothing was imported.\n";
        return 1;
    }
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadWrite);
    if (!workspace)
        return 1;
    ContactImporter importer(*workspace);
    auto preview = importer.classify(*cards);
    if (!preview) {
        context.err << "leverage: " << preview.message() << "\n";
        return 1;
    }
    // Property names only (the reader accepts no others), so nothing here needs escaping.
    if (const auto notStored = preview->notStoredText(); !notStored.isEmpty())
        context.out << "not stored (Leverage has no place for it): " << notStored << "\n";
    auto report = importer.apply(*preview, parser.isSet(merge) ? ContactImporter::Duplicates::Merge
                                                               : ContactImporter::Duplicates::Skip);
    if (!report) {
        context.err << "leverage: " << report.message() << "\n";
        return 1;
    }
    context.out << "created " << report->created << ", merged " << report->merged << ", skipped "
                << report->skipped << " (new organizations: " << report->organizationsCreated
                << ")\n";
    return 0;
}

} // namespace

int runContactsVerb(VerbContext &context)
{
    const auto action = context.arguments.value(0);
    const auto rest = context.arguments.mid(1);
    if (action == QLatin1String("export"))
        return runExport(context, rest);
    if (action == QLatin1String("import"))
        return runImport(context, rest);
    context.err << "leverage: contacts needs export or import (usage: leverage " << kContactsUsage
                << ")\n";
    return 2;
}

} // namespace leverage::app
