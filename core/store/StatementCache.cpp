#include "core/store/StatementCache.h"

#include <QMutex>
#include <QMutexLocker>
#include <unordered_map>
#include <vector>

namespace leverage {
namespace {

// Statements a connection keeps: the program runs a few dozen distinct ones; texts made per
// call (a search's filters) come and go, the least recently used first.
constexpr int kMaxKept = 200;
// Copies of one text kept idle: a statement run inside a read of the same text needs a second.
constexpr size_t kMaxIdlePerText = 4;

struct Kept
{
    std::vector<QSqlQuery> idle;
    quint64 lastUsed = 0;
};

struct Pool
{
    std::unordered_map<QString, Kept> byText;
    int count = 0;
    quint64 clock = 0;
};

struct Registry
{
    QMutex mutex;
    std::unordered_map<QString, Pool> pools;
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

// The least recently used text's queries, moved out of the pool.
std::vector<QSqlQuery> evictOldest(Pool &pool)
{
    auto oldest = pool.byText.end();
    for (auto it = pool.byText.begin(); it != pool.byText.end(); ++it)
        if (oldest == pool.byText.end() || it->second.lastUsed < oldest->second.lastUsed)
            oldest = it;
    if (oldest == pool.byText.end())
        return {};
    auto queries = std::move(oldest->second.idle);
    pool.count -= int(queries.size());
    pool.byText.erase(oldest);
    return queries;
}

} // namespace

void StatementCache::attach(const QString &connectionName)
{
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    r.pools[connectionName] = Pool{};
}

void StatementCache::detach(const QString &connectionName)
{
    Pool dropped; // destroyed (DEALLOCATE on a server) after the lock is released
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    if (auto pool = r.pools.find(connectionName); pool != r.pools.end()) {
        dropped = std::move(pool->second);
        r.pools.erase(pool);
    }
}

void StatementCache::forget(const QString &connectionName)
{
    Pool dropped;
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    if (auto pool = r.pools.find(connectionName); pool != r.pools.end())
        std::swap(dropped, pool->second);
}

std::optional<QSqlQuery> StatementCache::take(const QString &connectionName, const QString &sql)
{
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    const auto pool = r.pools.find(connectionName);
    if (pool == r.pools.end())
        return std::nullopt;
    auto &[byText, count, clock] = pool->second;
    const auto kept = byText.find(sql);
    if (kept == byText.end() || kept->second.idle.empty())
        return std::nullopt;
    QSqlQuery query = std::move(kept->second.idle.back());
    kept->second.idle.pop_back();
    kept->second.lastUsed = ++clock;
    --count;
    return query;
}

void StatementCache::giveBack(const QString &connectionName, const QString &sql, QSqlQuery query)
{
    // Releases the rows (SQLite resets the statement, so it holds no read lock).
    query.finish();
    std::vector<QSqlQuery> evicted;
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    const auto pool = r.pools.find(connectionName);
    if (pool == r.pools.end())
        return;
    auto &kept = pool->second.byText[sql];
    if (kept.idle.size() >= kMaxIdlePerText)
        return;
    kept.lastUsed = ++pool->second.clock;
    kept.idle.push_back(std::move(query));
    if (++pool->second.count > kMaxKept)
        evicted = evictOldest(pool->second);
}

int StatementCache::kept(const QString &connectionName)
{
    auto &r = registry();
    QMutexLocker locker(&r.mutex);
    const auto pool = r.pools.find(connectionName);
    return pool == r.pools.end() ? 0 : pool->second.count;
}

} // namespace leverage
