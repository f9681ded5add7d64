// server_query_timing postgresql://user@host/db SERVER_LOG [RUNS]: the first page of cases and
// the heavy case's first 200 entries as the program reads them from a team workspace (the
// repositories, rows turned into the domain's objects), beside the very same statements run by
// `psql` with `\timing` (issue 23: ≤ 1.5× each). The statements are taken from the server's
// own log (log_statement = all for this session; the login must be a superuser, as in a
// throw-away cluster), so psql runs exactly what the program sent: typed as it is with the
// values in it, and prepared once then executed with the values (Qt's PREPARE and EXECUTE).
// Prints the median of RUNS (default 51) for each side, taken in three turns of each so that a
// loaded machine's changes fall on both, and the ratios; beside them the
// server's own time for the program's EXECUTEs (log_min_duration_statement = 0), so that the
// rest (round trips, turning rows into objects) shows, and how many PREPAREs the program sent.
// The statements are logged in a pass of their own: logging every statement and its duration
// costs the session's backend more than the whole query (1.5 ms of a 0.6 ms read here), and
// psql's session logs nothing, so the timed pass and psql run with the logging off alike.
// Beside the program's wall time, its own CPU time per call (this thread's), which a loaded
// machine disturbs less.
#include "core/services/Clock.h"
#include "core/store/CaseQuery.h"
#include "core/store/CaseRepository.h"
#include "core/store/ServerAddress.h"
#include "core/store/Statement.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QTemporaryFile>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

using namespace leverage;

constexpr int kPage = 200; // PagedTableModel::kPageSize: what a pane reads first
constexpr int kRounds = 3; // turns of the program's runs and psql's

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Milliseconds of each of `runs` calls, after one call that warms the caches; with `cpu`, the
// thread's CPU milliseconds of each call.
std::vector<double> timeCalls(int runs, const std::function<bool()> &call,
                              std::vector<double> *cpu = nullptr)
{
    std::vector<double> times;
    if (!call())
        return times;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = threadCpuMs();
        QElapsedTimer timer;
        timer.start();
        if (!call())
            return {};
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (cpu)
            cpu->push_back(threadCpuMs() - cpuStart);
    }
    return times;
}

// Turns the session's log of statements and durations on or off.
bool logStatements(Workspace &workspace, bool on)
{
    const QStringList settings =
        on ? QStringList{QStringLiteral("SET log_statement = 'all'"),
                         QStringLiteral("SET log_min_duration_statement = 0")}
           : QStringList{QStringLiteral("SET log_statement = 'none'"),
                         QStringLiteral("SET log_min_duration_statement = -1")};
    for (const auto &setting : settings) {
        if (auto status = Statement(workspace.database(), setting).exec(); !status) {
            std::fprintf(stderr, "the server's log of statements: %s\n",
                         qPrintable(status.message()));
            return false;
        }
    }
    return true;
}

// The last PREPARE and the EXECUTE of it that the server logged after `offset`.
QPair<QString, QString> loggedStatement(const QString &log, qint64 offset)
{
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    const auto text = QString::fromUtf8(file.readAll());
    static const QRegularExpression prepare(
        QStringLiteral("statement: (PREPARE (qpsqlpstmt_\\w+) AS SELECT .*)$"),
        QRegularExpression::MultilineOption);
    QPair<QString, QString> found;
    auto matches = prepare.globalMatch(text);
    while (matches.hasNext()) {
        const auto match = matches.next();
        const QRegularExpression execute(
            QStringLiteral("statement: (EXECUTE %1( \\(.*\\))?)$").arg(match.captured(2)),
            QRegularExpression::MultilineOption);
        const auto run = execute.match(text, match.capturedEnd());
        if (run.hasMatch())
            found = {match.captured(1), run.captured(1)};
    }
    return found;
}

// The server's own durations of the EXECUTEs of `name` logged after `offset`, in milliseconds,
// and how many times the program prepared it.
QPair<std::vector<double>, int> serverTimes(const QString &log, qint64 offset, const QString &name)
{
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    static const QRegularExpression duration(QStringLiteral("duration: ([0-9.]+) ms"));
    QPair<std::vector<double>, int> found{{}, 0};
    bool executing = false;
    for (const auto &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.contains(QStringLiteral("statement: PREPARE %1 ").arg(name)))
            ++found.second;
        if (line.contains(QStringLiteral("statement: "))) {
            const auto execute = QStringLiteral("statement: EXECUTE %1").arg(name);
            executing = line.endsWith(execute) || line.contains(execute + QStringLiteral(" ("));
            continue;
        }
        if (const auto match = duration.match(line); match.hasMatch() && executing) {
            found.first.push_back(match.captured(1).toDouble());
            executing = false;
        }
    }
    return found;
}

// The statement as a person types it in psql: the prepared text with the EXECUTE's values
// (numbers and quoted text, as Qt formatted them) in place of $1, $2…
QString plainStatement(const QPair<QString, QString> &sql)
{
    QString body = sql.first.section(QStringLiteral(" AS "), 1);
    const auto open = sql.second.indexOf(QLatin1Char('('));
    QStringList values;
    if (open > 0) {
        const auto inside = sql.second.mid(open + 1, sql.second.size() - open - 2);
        QString value;
        bool quoted = false;
        for (const QChar c : inside) {
            if (c == u'\'')
                quoted = !quoted;
            if (c == u',' && !quoted) {
                values << value.trimmed();
                value.clear();
            } else {
                value += c;
            }
        }
        values << value.trimmed();
    }
    for (auto i = values.size(); i > 0; --i) // $10 before $1
        body.replace(QStringLiteral("$%1").arg(i), values.at(i - 1));
    return body;
}

// psql's \timing of `runs` runs of `statement` (after one that warms the caches), in
// milliseconds; `setup` runs first, untimed.
std::vector<double> timePsql(const ServerAddress &address, const QString &setup,
                             const QString &statement, int runs)
{
    QTemporaryFile script;
    if (!script.open())
        return {};
    QByteArray text =
        "\\o /dev/null\n" + setup.toUtf8() + "\n" + statement.toUtf8() + ";\n\\timing on\n";
    for (int i = 0; i < runs; ++i)
        text += statement.toUtf8() + ";\n";
    script.write(text);
    script.flush();
    QProcess psql;
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"),
                          address.host,         QStringLiteral("-p"), QString::number(address.port),
                          QStringLiteral("-U"), address.user,         QStringLiteral("-d"),
                          address.database,     QStringLiteral("-f"), script.fileName()};
    psql.start(QStringLiteral("psql"), arguments);
    if (!psql.waitForFinished(600000) || psql.exitCode() != 0) {
        std::fprintf(stderr, "psql failed: %s\n", psql.readAllStandardError().constData());
        return {};
    }
    std::vector<double> times;
    static const QRegularExpression timing(QStringLiteral("^Time: ([0-9.]+) ms"),
                                           QRegularExpression::MultilineOption);
    auto matches = timing.globalMatch(QString::fromUtf8(psql.readAllStandardOutput()));
    while (matches.hasNext())
        times.push_back(matches.next().captured(1).toDouble());
    return times;
}

int report(const char *what, const char *anchor, const std::vector<double> &ours,
           const std::vector<double> &psql)
{
    if (ours.empty() || psql.empty()) {
        std::fprintf(stderr, "%s: no timings (the query or psql failed)\n", what);
        return 1;
    }
    const double a = median(ours);
    const double b = median(psql);
    std::printf("%-32s program %7.3f ms   psql \\timing %-24s %7.3f ms   ratio %.2f  (%s)\n", what,
                a, anchor, b, a / b, a <= 1.5 * b ? "within 1.5x" : "OVER 1.5x");
    return a <= 1.5 * b ? 0 : 3;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: server_query_timing postgresql://… SERVER_LOG [RUNS]\n");
        return 2;
    }
    logging::setUp({}, false);
    const auto address = ServerAddress::parse(QString::fromLocal8Bit(argv[1]));
    const auto log = QString::fromLocal8Bit(argv[2]);
    const int runs = argc > 3 ? std::max(1, std::atoi(argv[3])) : 51;
    if (!address) {
        std::fprintf(stderr, "%s\n", qPrintable(address.message()));
        return 2;
    }
    SystemClock clock;
    Workspace::Options reading;
    reading.access = Workspace::Access::ReadOnly;
    auto opened = Workspace::openServer(*address, clock, reading);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    Workspace &workspace = **opened;
    const RowId heavyCase{1};  // the generator's heavy case
    const CaseQuery firstPage; // the cases pane's order as it opens
    const std::function<bool()> cases = [&] {
        auto page = workspace.cases().page(firstPage, 0, kPage);
        return page && page->size() == kPage;
    };
    const std::function<bool()> entries = [&] {
        auto page = workspace.timeline().page(heavyCase, false, 0, kPage);
        return page && page->size() == kPage;
    };
    // psql's prepared statement planned as the program's session plans its own (SqlDialect).
    QString planning;
    if (Statement mode(workspace.database(),
                       QStringLiteral("SELECT current_setting('plan_cache_mode')"));
        mode.exec() && mode.next())
        planning = QStringLiteral("SET plan_cache_mode = %1;\n").arg(mode.value(0).toString());
    int failed = 0;
    for (const auto &[what, call] : {std::pair{"first page of cases (200)", cases},
                                     std::pair{"heavy case's first 200 entries", entries}}) {
        if (!logStatements(workspace, true))
            return 1;
        const qint64 offset = QFile(log).size();
        timeCalls(runs, call); // logged, for the statement and the server's own time
        const auto sql = loggedStatement(log, offset);
        if (sql.first.isEmpty()) {
            std::fprintf(stderr, "%s: the statement is not in %s\n", what, qPrintable(log));
            return 1;
        }
        const auto name = sql.first.section(u' ', 1, 1);
        const auto [server, prepared] = serverTimes(log, offset, name);
        std::printf("%-32s the server's own time %7.3f ms (median of %zu EXECUTEs); %d PREPARE "
                    "for %d calls\n",
                    what, median(server), server.size(), prepared, runs + 1);
        if (!logStatements(workspace, false))
            return 1;
        // The same statement through Qt alone (a Statement, every value of every row read,
        // no objects made): what is Qt's and the round trip's, and what is the program's.
        const auto plain = plainStatement(sql);
        const std::function<bool()> qtAlone = [&] {
            Statement raw(workspace.database(), plain);
            if (!raw.exec())
                return false;
            int rows = 0;
            for (const int columns = raw.query().record().count(); raw.next(); ++rows)
                for (int i = 0; i < columns; ++i)
                    raw.value(i);
            return rows == kPage;
        };
        // Both sides in turns, so that a change in the machine's load falls on both alike.
        // psql: the statement typed as it is (parsed and planned each time), and prepared once
        // and then executed with the program's values (what the program sends, minus its
        // PREPARE and DEALLOCATE around each run).
        std::vector<double> ours, cpu, qt, typed, preparedOnce;
        bool complete = true;
        const auto add = [&complete](std::vector<double> &to, const std::vector<double> &times) {
            complete = complete && !times.empty();
            to.insert(to.end(), times.begin(), times.end());
        };
        for (int round = 0; round < kRounds; ++round) {
            const int n = runs / kRounds + (round < runs % kRounds ? 1 : 0);
            add(ours, timeCalls(n, call, &cpu));
            add(qt, timeCalls(n, qtAlone));
            add(typed, timePsql(*address, {}, plain, n));
            add(preparedOnce, timePsql(*address, planning + sql.first + u';', sql.second, n));
        }
        if (!complete) {
            std::fprintf(stderr, "%s: a timed run failed\n", what);
            return 1;
        }
        std::printf("%-32s program's own CPU time %7.3f ms (median)\n", what, median(cpu));
        std::printf("%-32s Qt alone (its rows' values read, no objects) %7.3f ms\n", what,
                    median(qt));
        failed = std::max(failed, report(what, "(the query typed)", ours, typed));
        failed = std::max(failed, report(what, "(PREPARE once, EXECUTE)", ours, preparedOnce));
    }
    return failed;
}
