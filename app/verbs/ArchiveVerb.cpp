#include "app/verbs/VerbSupport.h"
#include "core/archive/WorkspaceArchive.h"
#include "core/util/ControlCharacters.h"

#include <QFile>
#include <QFileInfo>

namespace leverage::app {
namespace {

const char *const kArchiveUsage = "archive export FILE --out OUT [--passphrase-file F] | archive "
                                  "import ARCHIVE --out NEW.leverage [--passphrase-file F]";

// The passphrase is read from a file, never from the command line (which other local users
// can see in the process list); one trailing line break is not part of it.
bool readPassphrase(const QString &path, QByteArray &passphrase, VerbContext &context)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        context.err << "leverage: the passphrase file " << controlchars::escape(path)
                    << " cannot be read\n";
        return false;
    }
    passphrase = file.read(4096);
    if (passphrase.endsWith('\n'))
        passphrase.chop(1);
    if (passphrase.endsWith('\r'))
        passphrase.chop(1);
    if (passphrase.isEmpty()) {
        context.err << "leverage: the passphrase file " << controlchars::escape(path)
                    << " is empty\n";
        return false;
    }
    return true;
}

} // namespace

int runArchiveVerb(VerbContext &context)
{
    const auto action = context.arguments.value(0);
    if (action != QLatin1String("export") && action != QLatin1String("import")) {
        context.err << "leverage: archive needs export or import (usage: leverage " << kArchiveUsage
                    << ")\n";
        return 2;
    }
    QCommandLineParser parser;
    const QCommandLineOption out(QStringList{QStringLiteral("o"), QStringLiteral("out")},
                                 QStringLiteral("Where to write."), QStringLiteral("OUT"));
    const QCommandLineOption passphraseFile(
        QStringLiteral("passphrase-file"),
        QStringLiteral("A file whose first line is the passphrase (encrypts on export)."),
        QStringLiteral("F"));
    parser.addOption(out);
    parser.addOption(passphraseFile);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("The workspace or archive."));
    VerbContext sub{context.arguments.mid(1), context.out, context.err};
    if (!parseVerbArguments(parser, sub, QString::fromLatin1(kArchiveUsage)))
        return 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(out)) {
        context.err << "leverage: archive " << action << " takes one file and --out (usage: "
                    << "leverage " << kArchiveUsage << ")\n";
        return 2;
    }
    QByteArray passphrase;
    if (parser.isSet(passphraseFile) &&
        !readPassphrase(parser.value(passphraseFile), passphrase, context))
        return 1;
    const QString from = parser.positionalArguments().first();
    if (!QFileInfo::exists(from)) {
        context.err << "leverage: " << controlchars::escape(from) << ": no such file\n";
        return 1;
    }
    const bool exporting = action == QLatin1String("export");
    if (exporting &&
        !outputSparesWorkspace(QStringLiteral("out"), parser.value(out), from, context))
        return 2;
    const Status status = exporting
                              ? WorkspaceArchive::exportTo(from, parser.value(out), passphrase)
                              : WorkspaceArchive::importFrom(from, parser.value(out), passphrase);
    if (!status) {
        context.err << "leverage: " << controlchars::escape(status.message()) << "\n";
        return 1;
    }
    context.out << (exporting ? "Exported " : "Imported ") << controlchars::escape(from) << " to "
                << controlchars::escape(parser.value(out))
                << (exporting && !passphrase.isEmpty() ? " (encrypted)" : "") << "\n";
    return 0;
}

} // namespace leverage::app
