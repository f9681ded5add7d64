#include "app/verbs/VerbSupport.h"
#include "core/search/QueryParser.h"
#include "core/store/SearchIndex.h"

#include <QDateTime>

namespace leverage::app {
namespace {

const char *kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Case:
        return "case";
    case SearchKind::Entry:
        return "entry";
    case SearchKind::Commitment:
        return "promise";
    case SearchKind::FollowUp:
        return "follow-up";
    case SearchKind::Contact:
        return "contact";
    case SearchKind::Organization:
        return "organization";
    case SearchKind::Letter:
        return "letter";
    }
    return "";
}

// One line per hit: tabs and newlines inside would break the format; matched words in [ ].
QString cleanSnippet(QString text)
{
    return text.replace(SearchHit::kHighlightStart, QLatin1Char('['))
        .replace(SearchHit::kHighlightEnd, QLatin1Char(']'))
        .replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1Char('\n'), QLatin1Char(' '));
}

} // namespace

int runSearchVerb(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    parser.addPositionalArgument(QStringLiteral("query"), QStringLiteral("What to look for."));
    parser.addOption({QStringLiteral("kind"),
                      QStringLiteral("Only this kind: case, entry, promise, follow-up, contact, "
                                     "organization, letter."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("limit"), QStringLiteral("At most N results (50)."),
                      QStringLiteral("N"), QStringLiteral("50")});
    const auto usage = QStringLiteral("search FILE QUERY [--kind K] [--limit N]");
    if (!parseVerbArguments(parser, context, usage))
        return 2;
    if (parser.positionalArguments().size() != 2) {
        context.err << "leverage: search takes a workspace file and a query (usage: leverage "
                    << usage << ")\n";
        return 2;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit <= 0) {
        context.err << "leverage: --limit takes a number above 0\n";
        return 2;
    }
    auto text = parser.positionalArguments().at(1);
    if (parser.isSet(QStringLiteral("kind")))
        text += QStringLiteral(" kind:") + parser.value(QStringLiteral("kind"));
    const auto parsed = search::QueryParser::parse(text);
    if (!parsed) {
        context.err << "leverage: " << parsed.error << "\n";
        return 2;
    }
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    auto hits = SearchIndex(*workspace).search(parsed.query, limit);
    if (!hits) {
        context.err << "leverage: " << hits.message() << "\n";
        return 1;
    }
    for (const auto &hit : *hits) {
        const auto date =
            hit.atMs ? QDateTime::fromMSecsSinceEpoch(hit.atMs).toString(Qt::ISODate) : QString();
        context.out << kindName(hit.kind) << '\t' << hit.id << '\t'
                    << (hit.caseId ? QString::number(hit.caseId) : QString()) << '\t' << date
                    << '\t' << cleanSnippet(hit.snippet) << '\n';
    }
    return 0;
}

} // namespace leverage::app
