// search_benchmark FILE.leverage: search on a heavy user's workspace (issue 20).
// Generates FILE (10,000 cases, 1,000,000 entries with varied text, 20,000 contacts) at
// schema 5 when it does not exist, then opens it with this build: the migration builds the
// search index, timed, and the file's growth is stated. Then each query's first 50 results
// with snippets, through SearchIndex, beside the same SQL with the same values in the
// `sqlite3` shell (.timer on) on the same file: median of 5 after a warm-up each.
// Last, the GUI thread's share of typing a 20-character query (SearchService::submit).
#include "core/search/QueryParser.h"
#include "core/search/SearchService.h"
#include "core/services/Clock.h"
#include "core/store/Schema.h"
#include "core/store/SearchIndex.h"
#include "core/store/SearchSqlBuilder.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>

using namespace leverage;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// The value as an SQL literal, inside a double-quoted argument of a shell dot-command.
QString shellParameter(const QVariant &value)
{
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
        return value.toString();
    auto literal = QLatin1Char('\'') +
                   value.toString().replace(QLatin1Char('\''), QLatin1String("''")) +
                   QLatin1Char('\'');
    literal.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + literal + QLatin1Char('"');
}

// The median "real" time, in ms, of the query run 6 times in the sqlite3 shell (the first
// one a warm-up); -1 when the shell is missing or failed.
double shellMs(const QString &path, const SearchSqlBuilder::Built &built)
{
    QString script = QStringLiteral(".parameter init\n");
    for (auto it = built.values.cbegin(); it != built.values.cend(); ++it)
        script +=
            QStringLiteral(".parameter set %1 %2\n").arg(it.key(), shellParameter(it.value()));
    script += QStringLiteral(".output /dev/null\n.timer on\n");
    for (int i = 0; i < 6; ++i)
        script += built.sql + QStringLiteral(";\n");
    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!shell.waitForStarted(5000))
        return -1;
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const auto output = QString::fromUtf8(shell.readAll());
    static const QRegularExpression realTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> times;
    auto matches = realTime.globalMatch(output);
    while (matches.hasNext())
        times.push_back(matches.next().captured(1).toDouble() * 1000.0);
    if (times.size() != 6) {
        std::fprintf(stderr, "sqlite3 shell: %s\n", qPrintable(output.left(400)));
        return -1;
    }
    times.erase(times.begin());
    return median(times);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: search_benchmark FILE.leverage\n");
        return 2;
    }
    logging::setUp({}, false);
    const auto path = QString::fromLocal8Bit(argv[1]);
    SystemClock clock;
    QElapsedTimer timer;
    if (!QFileInfo::exists(path)) {
        auto steps = schema::migrations(SqlDialect(SqlDialect::Engine::Sqlite));
        steps.resize(5); // as a workspace of the version before search
        timer.start();
        auto opened = Workspace::open(path, clock, {steps, 5000});
        if (!opened) {
            std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(opened.message()));
            return 1;
        }
        bench::LargeWorkspaceSize size;
        size.variedText = true;
        if (auto status = bench::generateLargeWorkspace(**opened, size); !status) {
            std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(status.message()));
            return 1;
        }
        std::printf("generated at schema 5 in %.1f s\n", timer.elapsed() / 1000.0);
    }
    const qint64 before = sizeOf(path);
    {
        timer.start();
        auto upgraded = Workspace::open(path, clock);
        if (!upgraded) {
            std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(upgraded.message()));
            return 1;
        }
        if ((*upgraded)->schemaVersion() == schema::currentVersion() && before > 0)
            std::printf("opened (and migrated if needed) in %.1f s\n", timer.elapsed() / 1000.0);
    }
    const qint64 after = sizeOf(path);
    std::printf("file: %.1f MB before, %.1f MB after (+%.1f MB)\n", before / 1048576.0,
                after / 1048576.0, (after - before) / 1048576.0);

    Workspace::Options readOnly;
    readOnly.access = Workspace::Access::ReadOnly;
    auto workspace = Workspace::open(path, clock, readOnly);
    if (!workspace) {
        std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(workspace.message()));
        return 1;
    }
    SearchIndex index(**workspace);
    const char *queries[] = {"refund supervisor",
                             "\"call back\"",
                             "escal*",
                             "refund channel:call after:2026-01-01",
                             "kalomi",
                             "person:müller voucher",
                             "ref:310-55",
                             "missed OR denied warranty"};
    bool shellMissing = false;
    std::printf("%-40s %8s %10s %10s %6s\n", "query (first 50, snippets)", "hits", "ours ms",
                "shell ms", "ratio");
    for (const char *text : queries) {
        const auto parsed = search::QueryParser::parse(QString::fromUtf8(text));
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", text, qPrintable(parsed.error));
            return 1;
        }
        std::vector<double> ours;
        qsizetype hits = 0;
        for (int i = 0; i < 6; ++i) {
            timer.start();
            auto result = index.search(parsed.query, 50);
            const double ms = timer.nsecsElapsed() / 1e6;
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", text, qPrintable(result.message()));
                return 1;
            }
            hits = result->size();
            if (i > 0)
                ours.push_back(ms);
        }
        const double shell = shellMs(path, SearchSqlBuilder::results(parsed.query, 50));
        shellMissing = shellMissing || shell < 0;
        std::printf("%-40s %8lld %10.1f %10.1f %6.2f\n", text, static_cast<long long>(hits),
                    median(ours), shell, shell > 0 ? median(ours) / shell : 0.0);
    }

    // The GUI thread's part of typing: each keystroke's submit (parse and post).
    {
        search::SearchService service(path, clock);
        const QString typed = QStringLiteral("refund supervisor ho");
        double longest = 0;
        for (int i = 1; i <= typed.size(); ++i) {
            timer.start();
            service.submit(typed.left(i));
            longest = std::max(longest, timer.nsecsElapsed() / 1e6);
            QCoreApplication::processEvents();
        }
        std::printf("typing %lld characters: longest submit on the typing thread %.3f ms\n",
                    static_cast<long long>(typed.size()), longest);
    }
    if (shellMissing) {
        std::fprintf(stderr, "search_benchmark: the sqlite3 shell is missing (apt-get install "
                             "sqlite3)\n");
        return 1;
    }
    return 0;
}
