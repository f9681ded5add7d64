#include "tests/team/TeamWorkload.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/timeline/TimelineModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <algorithm>
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <type_traits>

namespace leverage::testing {
namespace {

using SteadyClock = std::chrono::steady_clock;

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               SteadyClock::now().time_since_epoch())
        .count();
}

// A row of either kind: a case (its title) or an entry (its summary).
struct RowKey
{
    bool isCase = false;
    RowId id = 0;
    friend bool operator<(const RowKey &a, const RowKey &b)
    {
        return std::tie(a.isCase, a.id) < std::tie(b.isCase, b.id);
    }
};

struct Saved
{
    RowKey row;
    int version = 0; // the row's version this save made
    QString text;
    qint64 atNs = 0; // when the save returned (committed)
};

struct Seen
{
    RowKey row;
    int version = 0;
    qint64 atNs = 0;
};

struct ClientLog
{
    std::vector<Saved> saved;
    std::vector<Seen> seen;
    qint64 conflicts = 0;
    qint64 otherErrors = 0;
    qint64 added = 0;
    QStringList problems;
};

struct Shared
{
    std::atomic<int> opened{0};
    std::atomic<int> finished{0};
    std::atomic<int> entries{0};
    qint64 deadlineNs = 0;
    std::once_flag deadlineSet;
};

void processFor(std::chrono::milliseconds span)
{
    const auto until = SteadyClock::now() + span;
    while (SteadyClock::now() < until) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(1);
    }
}

// One colleague's computer: a connection, the cases list and each shared case's timeline.
class Client
{
public:
    Client(int index, const ServerAddress &address, const QList<RowId> &caseIds,
           const TeamWorkloadOptions &options, Shared &shared, ClientLog &log)
        : m_index(index), m_address(address), m_caseIds(caseIds), m_options(options),
          m_shared(shared), m_log(log), m_random(std::uint32_t(7919 * index + 1))
    {
    }

    void run()
    {
        SystemClock clock;
        auto opened = Workspace::openServer(m_address, clock);
        if (!opened) {
            m_log.problems << QStringLiteral("client %1 could not open: %2")
                                  .arg(m_index)
                                  .arg(opened.message());
            ++m_shared.opened;
            ++m_shared.finished;
            return;
        }
        Workspace &workspace = **opened;
        // A save's own signals come right after its commit, before the client's models take
        // it in: that moment is when the save was made (connected first, so it runs first).
        const auto committed = [this] { m_committedNs = nowNs(); };
        QObject::connect(&workspace, &Workspace::entryAdded, committed);
        QObject::connect(&workspace, &Workspace::entryChanged, committed);
        QObject::connect(&workspace, &Workspace::caseChanged, committed);
        models::CaseListModel cases(workspace);
        std::map<RowId, std::unique_ptr<models::TimelineModel>> timelines;
        for (const auto caseId : m_caseIds) {
            auto model = std::make_unique<models::TimelineModel>(workspace);
            model->setCaseId(caseId);
            timelines.emplace(caseId, std::move(model));
        }
        // Connected after the models: they have taken the change in when these run.
        const auto entrySeen = [&](RowId caseId, RowId entryId) {
            const auto it = timelines.find(caseId);
            if (it == timelines.end())
                return;
            if (const int row = it->second->rowOfEntry(entryId); row >= 0)
                see({false, entryId}, it->second->entryAt(row).meta.version);
        };
        QObject::connect(&workspace, &Workspace::entryAdded, entrySeen);
        QObject::connect(&workspace, &Workspace::entryChanged, entrySeen);
        QObject::connect(&workspace, &Workspace::caseChanged, [&](RowId caseId) {
            if (const int row = cases.rowOfCase(caseId); row >= 0)
                see({true, caseId}, cases.summaryAt(row)->caseData.meta.version);
        });

        ++m_shared.opened;
        while (m_shared.opened.load() < m_options.clients)
            processFor(std::chrono::milliseconds(5));
        std::call_once(m_shared.deadlineSet, [&] {
            m_shared.deadlineNs = nowNs() + qint64(m_options.duration.count()) * 1000000;
        });
        for (int n = 0; n < m_options.maxWritesPerClient && nowNs() < m_shared.deadlineNs; ++n) {
            write(workspace, cases, timelines, n);
            // Between two saves the client takes its colleagues' changes in, as a window does.
            processFor(
                std::chrono::milliseconds(m_random() % unsigned(2 * m_options.pause.count() + 1)));
        }
        ++m_shared.finished;
        // Every client's last notifications arrive before the models are compared.
        while (m_shared.finished.load() < m_options.clients)
            processFor(std::chrono::milliseconds(10));
        processFor(std::chrono::milliseconds(1500));
        compare(workspace, cases, timelines);
    }

private:
    // The first time this client's models show a version of a row. A row is announced again
    // without a new version (a case's last activity follows its entries): that is not the
    // save arriving late.
    void see(const RowKey &row, int version)
    {
        if (m_seenVersions.insert({row, version}).second)
            m_log.seen.push_back({row, version, nowNs()});
    }

    // Saves a row as this client's model shows it, with `saved.text` in one of its fields;
    // a slow person keeps it open a moment first.
    template <typename T, typename Repository>
    Status saveEdited(T value, QString T::*field, Repository &repository, bool slow, Saved &saved)
    {
        if (slow)
            QThread::msleep(20);
        value.*field = saved.text;
        auto status = repository.update(value);
        saved.row = {std::is_same_v<T, Case>, value.meta.id};
        saved.version = value.meta.version;
        return status;
    }

    void write(Workspace &workspace, models::CaseListModel &cases,
               std::map<RowId, std::unique_ptr<models::TimelineModel>> &timelines, int n)
    {
        const auto text = QStringLiteral("client %1, write %2").arg(m_index).arg(n);
        // A quarter of the saves come from a person who kept the editor open a while: the
        // copy they save from is older, so they meet colleagues' saves (conflicts).
        const bool slow = m_random() % 4 == 0;
        const int kind = int(m_random() % 10);
        Status status;
        Saved saved{{}, 0, text, 0};
        m_committedNs = 0;
        if (kind == 0 && cases.rowCount() > 0) {
            status =
                saveEdited(cases.summaryAt(int(m_random() % unsigned(cases.rowCount())))->caseData,
                           &Case::title, workspace.cases(), slow, saved);
        } else {
            auto &timeline = *std::next(timelines.begin(), long(m_random() % timelines.size()));
            if (kind == 1 &&
                m_shared.entries.fetch_add(1) < m_options.maxEntriesPerCase * m_options.cases) {
                TimelineEntry e;
                e.caseId = timeline.first;
                e.occurredAt = Instant::fromDateTime(QDateTime::currentDateTimeUtc());
                e.summary = text;
                status = workspace.timeline().add(e);
                saved.row = {false, e.meta.id};
                saved.version = e.meta.version;
                if (status)
                    ++m_log.added;
            } else {
                auto &model = *timeline.second;
                if (model.rowCount() == 0)
                    return;
                status = saveEdited(model.entryAt(int(m_random() % unsigned(model.rowCount()))),
                                    &TimelineEntry::summary, workspace.timeline(), slow, saved);
            }
        }
        if (status) {
            saved.atNs = m_committedNs > 0 ? m_committedNs : nowNs();
            m_log.saved.push_back(saved);
        } else if (status.code() == Error::Code::Conflict) {
            ++m_log.conflicts;
        } else {
            ++m_log.otherErrors;
            m_log.problems << QStringLiteral("client %1: %2").arg(m_index).arg(status.message());
        }
    }

    // A model holds an exact first part of its rows (the rest is fetched as a view scrolls):
    // that part, and then every row once fetched, equal a fresh read.
    template <typename Model, typename Fresh, typename Same>
    void compare(Model &model, const Fresh &fresh, const Same &same, const QString &what)
    {
        const auto check = [&](const char *when) {
            if (!fresh || model.rowCount() > fresh->size()) {
                m_log.problems << QStringLiteral("client %1: %2 has %3 rows %4, a fresh read %5")
                                      .arg(m_index)
                                      .arg(what)
                                      .arg(model.rowCount())
                                      .arg(QLatin1String(when))
                                      .arg(fresh ? fresh->size() : -1);
                return;
            }
            for (int row = 0; row < model.rowCount(); ++row)
                if (!same(model, row, fresh->at(row))) {
                    m_log.problems << QStringLiteral("client %1: %2's row %3 differs from a "
                                                     "fresh read %4")
                                          .arg(m_index)
                                          .arg(what)
                                          .arg(row)
                                          .arg(QLatin1String(when));
                    return;
                }
        };
        check("as loaded");
        while (model.canFetchMore({}))
            model.fetchMore({});
        check("once all fetched");
        if (fresh && model.rowCount() != fresh->size())
            m_log.problems << QStringLiteral("client %1: %2 has %3 rows once all fetched, a "
                                             "fresh read %4")
                                  .arg(m_index)
                                  .arg(what)
                                  .arg(model.rowCount())
                                  .arg(fresh->size());
    }

    void compare(Workspace &workspace, models::CaseListModel &cases,
                 const std::map<RowId, std::unique_ptr<models::TimelineModel>> &timelines)
    {
        compare(
            cases, workspace.cases().page(cases.query(), 0, 1000),
            [](const models::CaseListModel &model, int row, const CaseSummary &fresh) {
                return model.summaryAt(row)->caseData == fresh.caseData;
            },
            QStringLiteral("the cases list"));
        for (const auto &[caseId, model] : timelines)
            compare(
                *model, workspace.timeline().page(caseId, false, 0, 1000),
                [](const models::TimelineModel &m, int row, const TimelineEntry &fresh) {
                    return m.entryAt(row) == fresh;
                },
                QStringLiteral("case %1's timeline").arg(caseId));
    }

    int m_index;
    ServerAddress m_address;
    QList<RowId> m_caseIds;
    const TeamWorkloadOptions &m_options;
    Shared &m_shared;
    ClientLog &m_log;
    std::mt19937 m_random;
    std::set<std::pair<RowKey, int>> m_seenVersions;
    qint64 m_committedNs = 0;
};

// Every save is in the final rows: each row's versions were made one by one by recorded
// saves (none made twice, none missing), and the row holds the text of its last save.
void checkNothingLost(Workspace &workspace, const std::vector<ClientLog> &logs,
                      TeamWorkloadResult &result)
{
    std::map<RowKey, std::map<int, QString>> byRow;
    for (const auto &log : logs)
        for (const auto &saved : log.saved)
            if (!byRow[saved.row].emplace(saved.version, saved.text).second)
                result.problems << QStringLiteral("two saves of row %1 both made version %2")
                                       .arg(saved.row.id)
                                       .arg(saved.version);
    for (const auto &[row, versions] : byRow) {
        int stored = 0;
        QString text;
        if (row.isCase) {
            auto c = workspace.cases().get(row.id);
            stored = c ? c->meta.version : -1;
            text = c ? c->title : QString();
        } else {
            auto e = workspace.timeline().get(row.id);
            stored = e ? e->meta.version : -1;
            text = e ? e->summary : QString();
        }
        const int first = versions.begin()->first == 1 ? 1 : 2; // added here, or set up
        const int expected = first + int(versions.size()) - 1;
        if (stored != expected || versions.rbegin()->first != stored)
            result.problems << QStringLiteral("row %1 is at version %2 after %3 saves")
                                   .arg(row.id)
                                   .arg(stored)
                                   .arg(versions.size());
        else if (text != versions.rbegin()->second)
            result.problems << QStringLiteral("row %1 does not hold its last save").arg(row.id);
    }
}

} // namespace

double TeamWorkloadResult::medianDelayMs() const
{
    return percentileDelayMs(50);
}

double TeamWorkloadResult::percentileDelayMs(int percent) const
{
    if (delaysUs.empty())
        return 0.0;
    auto sorted = delaysUs;
    std::sort(sorted.begin(), sorted.end());
    const auto at = std::min(sorted.size() - 1, sorted.size() * size_t(percent) / 100);
    return double(sorted[at]) / 1000.0;
}

TeamWorkloadResult runTeamWorkload(const ServerAddress &address, const TeamWorkloadOptions &options)
{
    TeamWorkloadResult result;
    SystemClock clock;
    auto opened = Workspace::openServer(address, clock);
    if (!opened) {
        result.problems << opened.message();
        return result;
    }
    Workspace &workspace = **opened;
    QList<RowId> caseIds;
    for (int k = 0; k < options.cases; ++k) {
        Case c;
        c.title = QStringLiteral("Shared case %1").arg(k + 1);
        if (auto status = workspace.cases().add(c); !status) {
            result.problems << status.message();
            return result;
        }
        caseIds << c.meta.id;
        for (int i = 0; i < options.entriesPerCase; ++i) {
            TimelineEntry e;
            e.caseId = c.meta.id;
            e.occurredAt = Instant::fromDateTime(QDateTime::currentDateTimeUtc().addSecs(-i));
            e.summary = QStringLiteral("Entry %1").arg(i + 1);
            if (auto status = workspace.timeline().add(e); !status) {
                result.problems << status.message();
                return result;
            }
        }
    }
    Shared shared;
    shared.entries = options.cases * options.entriesPerCase;
    std::vector<ClientLog> logs(size_t(options.clients));
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < options.clients; ++i)
        threads.emplace_back(QThread::create(
            [&, i] { Client(i, address, caseIds, options, shared, logs[size_t(i)]).run(); }));
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        thread->wait();

    // Who made each version, to tell a colleague's save from one's own.
    std::map<std::pair<RowKey, int>, std::pair<int, qint64>> madeBy;
    for (int i = 0; i < options.clients; ++i)
        for (const auto &saved : logs[size_t(i)].saved)
            madeBy[{saved.row, saved.version}] = {i, saved.atNs};
    for (int i = 0; i < options.clients; ++i) {
        const auto &log = logs[size_t(i)];
        result.writes += qint64(log.saved.size());
        result.conflicts += log.conflicts;
        result.otherErrors += log.otherErrors;
        result.added += log.added;
        result.problems << log.problems;
        for (const auto &seen : log.seen) {
            const auto it = madeBy.find({seen.row, seen.version});
            if (it != madeBy.end() && it->second.first != i)
                result.delaysUs.push_back(std::max<qint64>(0, seen.atNs - it->second.second) /
                                          1000);
        }
    }
    checkNothingLost(workspace, logs, result);
    return result;
}

} // namespace leverage::testing
