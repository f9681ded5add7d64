// search_benchmark FILE.leverage: search on a heavy user's workspace (issue 20).
// Generates FILE (10,000 cases, 1,000,000 entries with varied text, 20,000 contacts) when it
// does not exist, then builds its search index again from scratch, timed (with --rebuild, also
// on an existing file), the way the window does (IndexBuilder: its own thread and connection,
// progress posted to this thread, whose longest stall is stated); the file's growth from the
// index is stated. Then each query's first 50 results with snippets, through SearchIndex,
// beside the same SQL with the same values in the `sqlite3` shell (.timer on) on the same
// file: median of 5 after a warm-up each, wall-clock and CPU (ours: this thread's; the
// shell's: user + sys), since six builds share this machine's two cores.
// Last, the GUI thread while typing a 20-character query (SearchService::submit, and the
// answers into the popup's SearchResultsModel).
#include "core/search/IndexBuilder.h"
#include "core/search/QueryParser.h"
#include "core/search/SearchService.h"
#include "core/services/Clock.h"
#include "core/store/Schema.h"
#include "core/store/SearchIndex.h"
#include "core/store/SearchSqlBuilder.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "tests/benchmarks/LargeWorkspace.h"
#include "tests/support/StallMeter.h"
#include "ui/models/search/SearchResultsModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace leverage;

namespace {

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double processCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size() + QFileInfo(path + QStringLiteral("-wal")).size();
}

// The pages of the search tables (FTS5's own and its shadow tables), from the sqlite3 shell's
// dbstat table.
QString indexSize(const QString &path)
{
    QProcess shell;
    shell.start(QStringLiteral("sqlite3"),
                {QStringLiteral("-readonly"), path,
                 QStringLiteral("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%'")});
    if (!shell.waitForFinished(600000) || shell.exitCode() != 0)
        return QStringLiteral("(unknown: the sqlite3 shell failed)");
    return QStringLiteral("%1 MB").arg(
        shell.readAllStandardOutput().trimmed().toDouble() / 1048576.0, 0, 'f', 1);
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

struct Timing
{
    double wallMs = -1;
    double cpuMs = -1;
};

// The statement's values as the sqlite3 shell's parameters.
QString shellParameters(const SearchSqlBuilder::Built &built)
{
    QString script = QStringLiteral(".parameter init\n");
    for (auto it = built.values.cbegin(); it != built.values.cend(); ++it)
        script +=
            QStringLiteral(".parameter set %1 %2\n").arg(it.key(), shellParameter(it.value()));
    return script;
}

// The median times, in ms, of the query run 6 times in the sqlite3 shell (the first one a
// warm-up): "real", and "user" + "sys"; -1 when the shell is missing or failed.
Timing shellTiming(const QString &path, const SearchSqlBuilder::Built &built)
{
    QString script = shellParameters(built);
    script += QStringLiteral(".output /dev/null\n.timer on\n");
    for (int i = 0; i < 6; ++i)
        script += built.sql + QStringLiteral(";\n");
    QProcess shell;
    shell.setProcessChannelMode(QProcess::MergedChannels);
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path});
    if (!shell.waitForStarted(5000))
        return {};
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(600000);
    const auto output = QString::fromUtf8(shell.readAll());
    static const QRegularExpression runTime(
        QStringLiteral("Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)"));
    std::vector<double> wall;
    std::vector<double> cpu;
    auto matches = runTime.globalMatch(output);
    while (matches.hasNext()) {
        const auto match = matches.next();
        wall.push_back(match.captured(1).toDouble() * 1000.0);
        cpu.push_back((match.captured(2).toDouble() + match.captured(3).toDouble()) * 1000.0);
    }
    if (wall.size() != 6) {
        std::fprintf(stderr, "sqlite3 shell: %s\n", qPrintable(output.left(400)));
        return {};
    }
    wall.erase(wall.begin());
    cpu.erase(cpu.begin());
    return {median(wall), median(cpu)};
}

// The index built again as the window builds it, timed; false when it failed.
bool buildIndex(const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = processCpuMs();
    search::IndexBuilder builder(path);
    testing::StallMeter stalls;
    qint64 progressCalls = 0;
    QObject::connect(&builder, &search::IndexBuilder::progressed, [&] { ++progressCalls; });
    bool built = false;
    QString message;
    QObject::connect(&builder, &search::IndexBuilder::finished, [&](bool ok, const QString &why) {
        built = ok;
        message = why;
        QCoreApplication::exit();
    });
    stalls.start();
    builder.start();
    QCoreApplication::exec();
    if (!built) {
        std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(message));
        return false;
    }
    std::printf("search index built in %.1f s wall, %.1f s CPU (%lld progress reports); "
                "longest stall of this (GUI) thread meanwhile %lld ms\n",
                timer.elapsed() / 1000.0, (processCpuMs() - cpuBefore) / 1000.0,
                static_cast<long long>(progressCalls), static_cast<long long>(stalls.longestMs()));
    return true;
}

const char *const kQueries[] = {"refund supervisor",
                                "\"call back\"",
                                "escal*",
                                "refund channel:call after:2026-01-01",
                                "person:haddad status:escalated",
                                "person:haddad channel:email before:2024-06-01",
                                "channel:call after:2026-11-01",
                                "kalomi",
                                "person:müller voucher",
                                "ref:310-55",
                                "missed OR denied warranty"};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool printSql = argc == 3 && qstrcmp(argv[2], "--sql") == 0;
    if (argc != 2 && !(argc == 3 && qstrcmp(argv[2], "--rebuild") == 0) && !printSql) {
        std::fprintf(stderr, "usage: search_benchmark FILE.leverage [--rebuild | --sql]\n"
                             "  --sql: print each query's statement and values as a sqlite3 "
                             "shell script (to time or EXPLAIN by hand), and stop\n");
        return 2;
    }
    logging::setUp({}, false);
    if (printSql) {
        for (const char *text : kQueries) {
            const auto parsed = search::QueryParser::parse(QString::fromUtf8(text));
            const auto built = SearchSqlBuilder::results(parsed.query, 50);
            std::printf("-- %s\n%s%s;\n", text, qPrintable(shellParameters(built)),
                        qPrintable(built.sql));
        }
        return 0;
    }
    const auto path = QString::fromLocal8Bit(argv[1]);
    SystemClock clock;
    QElapsedTimer timer;
    bool generated = false;
    if (!QFileInfo::exists(path)) {
        generated = true;
        // Generated by this build's repositories, so at this build's schema (the index fills
        // as the rows go in); the index is then built again from scratch, timed, below.
        timer.start();
        auto opened = Workspace::open(path, clock);
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
        std::printf("generated in %.1f s\n", timer.elapsed() / 1000.0);
    }
    if (argc == 3 || generated) {
        // Opened (and upgraded) first, as the window does before it builds the index.
        if (auto opened = Workspace::open(path, clock); !opened) {
            std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(opened.message()));
            return 1;
        }
        if (!buildIndex(path))
            return 1;
    }
    std::printf("file: %.1f MB, of which the search index (its tables) %s\n",
                sizeOf(path) / 1048576.0, qPrintable(indexSize(path)));

    Workspace::Options readOnly;
    readOnly.access = Workspace::Access::ReadOnly;
    auto workspace = Workspace::open(path, clock, readOnly);
    if (!workspace) {
        std::fprintf(stderr, "search_benchmark: %s\n", qPrintable(workspace.message()));
        return 1;
    }
    SearchIndex index(**workspace);
    bool shellMissing = false;
    std::printf("%-38s %5s %9s %9s %6s %9s %9s %6s\n", "query (first 50, snippets)", "hits",
                "ours ms", "shell ms", "ratio", "ours CPU", "shell CPU", "ratio");
    for (const char *text : kQueries) {
        const auto parsed = search::QueryParser::parse(QString::fromUtf8(text));
        if (!parsed) {
            std::fprintf(stderr, "%s: %s\n", text, qPrintable(parsed.error));
            return 1;
        }
        std::vector<double> ours;
        std::vector<double> oursCpu;
        qsizetype hits = 0;
        for (int i = 0; i < 6; ++i) {
            timer.start();
            const double cpuBefore = threadCpuMs();
            auto result = index.search(parsed.query, 50);
            const double ms = timer.nsecsElapsed() / 1e6;
            const double cpu = threadCpuMs() - cpuBefore;
            if (!result) {
                std::fprintf(stderr, "%s: %s\n", text, qPrintable(result.message()));
                return 1;
            }
            hits = result->size();
            if (i > 0) {
                ours.push_back(ms);
                oursCpu.push_back(cpu);
            }
        }
        const auto shell = shellTiming(path, SearchSqlBuilder::results(parsed.query, 50));
        shellMissing = shellMissing || shell.wallMs < 0;
        std::printf("%-38s %5lld %9.1f %9.1f %6.2f %9.1f %9.1f %6.2f\n", text,
                    static_cast<long long>(hits), median(ours), shell.wallMs,
                    shell.wallMs > 0 ? median(ours) / shell.wallMs : 0.0, median(oursCpu),
                    shell.cpuMs, shell.cpuMs > 0 ? median(oursCpu) / shell.cpuMs : 0.0);
    }

    // The GUI thread while typing a 20-character query at 8 characters a second: each
    // keystroke's submit (parse and post), and each answer handed to the popup's model, with
    // the event loop running between keystrokes as it does in the window.
    {
        search::SearchService service(path, clock);
        models::SearchResultsModel model;
        double longestSubmit = 0;
        double longestSubmitCpu = 0;
        double longestAnswer = 0;
        int answers = 0;
        QObject::connect(&service, &search::SearchService::resultsReady,
                         [&](quint64 generation, const QString &, const QList<SearchHit> &hits) {
                             if (generation != service.latestGeneration())
                                 return;
                             QElapsedTimer handled;
                             handled.start();
                             model.setHits(hits);
                             longestAnswer = std::max(longestAnswer, handled.nsecsElapsed() / 1e6);
                             ++answers;
                         });
        testing::StallMeter stalls;
        stalls.start();
        const QString typed = QStringLiteral("refund supervisor ho");
        for (int i = 1; i <= typed.size(); ++i) {
            timer.start();
            const double cpuBefore = threadCpuMs();
            service.submit(typed.left(i));
            longestSubmit = std::max(longestSubmit, timer.nsecsElapsed() / 1e6);
            longestSubmitCpu = std::max(longestSubmitCpu, threadCpuMs() - cpuBefore);
            QElapsedTimer pause;
            pause.start();
            while (pause.elapsed() < 125)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        }
        QElapsedTimer settle; // the last answer
        settle.start();
        while (settle.elapsed() < 3000 && model.rowCount() == 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        stalls.stop();
        // Wall-clock includes the time the scheduler gives the search thread and the other
        // builds; CPU is this thread's own work.
        std::printf("typing %lld characters: longest submit %.3f ms wall (%.3f ms CPU), longest "
                    "answer into the results model %.3f ms (%d answers), longest stall of the "
                    "typing thread %lld ms\n",
                    static_cast<long long>(typed.size()), longestSubmit, longestSubmitCpu,
                    longestAnswer, answers, static_cast<long long>(stalls.longestMs()));
    }
    if (shellMissing) {
        std::fprintf(stderr, "search_benchmark: the sqlite3 shell is missing (apt-get install "
                             "sqlite3)\n");
        return 1;
    }
    return 0;
}
