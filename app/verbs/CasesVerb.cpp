#include "app/verbs/VerbSupport.h"
#include "core/store/CaseRepository.h"

namespace leverage::app {

int runCasesVerb(VerbContext &context)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("The workspace."));
    const QString usage = QStringLiteral("cases FILE");
    if (!parseVerbArguments(parser, context, usage) || !oneWorkspaceFile(parser, context, usage))
        return 2;
    SystemClock clock;
    auto workspace = openExistingWorkspace(parser.positionalArguments().first(), clock, context,
                                           Workspace::Access::ReadOnly);
    if (!workspace)
        return 1;
    CaseQuery query;
    query.sortBy = CaseQuery::SortBy::Opened;
    query.descending = false;
    constexpr int kPage = 500;
    for (int offset = 0;; offset += kPage) {
        auto page = workspace->cases().page(query, offset, kPage);
        if (!page) {
            context.err << "leverage: " << page.message() << "\n";
            return 1;
        }
        for (const auto &row : *page) {
            context.out << row.caseData.meta.id << '\t' << oneLineField(row.caseData.title) << '\t'
                        << oneLineField(row.organizationName) << '\t'
                        << caseStatusKey(row.caseData.status) << '\n';
        }
        if (page->size() < kPage)
            break;
    }
    return 0;
}

} // namespace leverage::app
