#include "app/verbs/VerbSupport.h"

#include "core/store/CaseRepository.h"
#include "core/store/WorkspaceFile.h"
#include "core/util/ControlCharacters.h"

#include <QFileInfo>

namespace leverage::app {

bool parseVerbArguments(QCommandLineParser &parser, VerbContext &context, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("leverage")} + context.arguments)) {
        context.err << "leverage: " << parser.errorText() << " (usage: leverage " << usage << ")\n";
        return false;
    }
    return true;
}

bool oneWorkspaceFile(const QCommandLineParser &parser, VerbContext &context, const QString &usage)
{
    if (parser.positionalArguments().size() == 1)
        return true;
    context.err << "leverage: " << usage.section(QLatin1Char(' '), 0, 0)
                << " takes one workspace file (usage: leverage " << usage << ")\n";
    return false;
}

RowId idOption(const QCommandLineParser &parser, const QCommandLineOption &option,
               const QString &hint, VerbContext &context)
{
    bool isNumber = false;
    const RowId id = parser.value(option).toLongLong(&isNumber);
    if (isNumber && id > 0)
        return id;
    context.err << "leverage: --" << option.names().constFirst() << " \"" << parser.value(option)
                << "\" is not an id; " << hint << "\n";
    return 0;
}

std::unique_ptr<Workspace> openExistingWorkspace(const QString &path, const Clock &clock,
                                                 VerbContext &context, Workspace::Access access)
{
    const bool team = ServerAddress::isServerUrl(path);
    if (!team && !QFileInfo::exists(path)) {
        context.err << "leverage: no workspace at \"" << path << "\"\n";
        return nullptr;
    }
    Workspace::Options options;
    options.access = access;
    auto address = team ? ServerAddress::parse(path) : Result<ServerAddress>(ServerAddress{});
    if (!address) {
        context.err << "leverage: " << address.message() << "\n";
        return nullptr;
    }
    auto opened = team ? Workspace::openServer(*address, clock, options)
                       : Workspace::open(path, clock, options);
    if (!opened) {
        context.err << "leverage: " << opened.message() << "\n";
        return nullptr;
    }
    return std::move(*opened);
}

bool outputSparesWorkspace(const QString &option, const QString &out, const QString &file,
                           VerbContext &context)
{
    if (!WorkspaceFile::isPartOf(file, out))
        return true;
    context.err << "leverage: --" << option << " \"" << controlchars::escape(out)
                << "\" would replace the workspace itself; choose another file name\n";
    return false;
}

RowId idOption(const QCommandLineParser &parser, const QString &option, VerbContext &context)
{
    bool ok = false;
    const RowId id = parser.value(option).toLongLong(&ok);
    if (!ok || id <= 0) {
        context.err << "leverage: --" << option << " takes a number (see `leverage cases FILE`)\n";
        return 0;
    }
    return id;
}

bool caseIsThere(Workspace &workspace, RowId caseId, VerbContext &context)
{
    if (caseId == 0 || workspace.cases().get(caseId))
        return true;
    context.err << "leverage: there is no case " << caseId
                << " in this workspace (`leverage cases FILE` lists them)\n";
    return false;
}

QString oneLineField(QString text)
{
    return text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace leverage::app
