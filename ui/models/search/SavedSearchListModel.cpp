#include "ui/models/search/SavedSearchListModel.h"

#include "core/search/SearchService.h"
#include "core/store/SavedSearches.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QTimer>

namespace leverage::models {
namespace {

// Edits come in bursts (a call filed writes its entry, promises and follow-ups): one count
// after the burst.
constexpr int kRecountDelayMs = 300;

} // namespace

SavedSearchListModel::SavedSearchListModel(Workspace &workspace, search::SearchService &counter,
                                           QObject *parent)
    : QAbstractListModel(parent), m_workspace(workspace), m_counter(counter),
      m_delay(new QTimer(this))
{
    m_delay->setSingleShot(true);
    m_delay->setInterval(kRecountDelayMs);
    connect(m_delay, &QTimer::timeout, this, &SavedSearchListModel::recount);
    connect(&SavedSearches::of(workspace), &SavedSearches::changed, this,
            &SavedSearchListModel::reload);
    connect(&m_counter, &search::SearchService::resultsReady, this,
            [this](quint64 generation, const QString &, const QList<SearchHit> &hits) {
                onResults(generation, int(hits.size()));
            });
    connect(&m_counter, &search::SearchService::failed, this,
            [this](quint64 generation, const QString &) { onResults(generation, -1); });
    const auto soon = [this] { recountSoon(); };
    auto *w = &workspace;
    connect(w, &Workspace::caseAdded, this, soon);
    connect(w, &Workspace::caseChanged, this, soon);
    connect(w, &Workspace::caseRemoved, this, soon);
    connect(w, &Workspace::organizationAdded, this, soon);
    connect(w, &Workspace::organizationChanged, this, soon);
    connect(w, &Workspace::organizationRemoved, this, soon);
    connect(w, &Workspace::contactAdded, this, soon);
    connect(w, &Workspace::contactChanged, this, soon);
    connect(w, &Workspace::contactRemoved, this, soon);
    connect(w, &Workspace::entryAdded, this, soon);
    connect(w, &Workspace::entryChanged, this, soon);
    connect(w, &Workspace::entryRemoved, this, soon);
    connect(w, &Workspace::commitmentAdded, this, soon);
    connect(w, &Workspace::commitmentChanged, this, soon);
    connect(w, &Workspace::commitmentRemoved, this, soon);
    connect(w, &Workspace::followUpAdded, this, soon);
    connect(w, &Workspace::followUpChanged, this, soon);
    connect(w, &Workspace::followUpRemoved, this, soon);
    connect(w, &Workspace::bulkChange, this, soon);
    reload();
}

void SavedSearchListModel::reload()
{
    auto searches = SavedSearches::of(m_workspace).list();
    if (!searches)
        logging::get("search")->warn("saved searches not read: {}", searches.message().toStdString());
    beginResetModel();
    m_searches = searches ? *searches : QList<SavedSearch>();
    m_counts = QList<int>(m_searches.size(), -1);
    endResetModel();
    recount();
}

void SavedSearchListModel::recountSoon()
{
    m_delay->start();
}

void SavedSearchListModel::recount()
{
    if (m_waiting != 0) {
        m_dirty = true; // counted again once the count under way ends
        return;
    }
    m_dirty = false;
    m_toCount.clear();
    for (const auto &search : m_searches)
        m_toCount << search.id;
    countNext();
}

void SavedSearchListModel::countNext()
{
    while (!m_toCount.isEmpty()) {
        m_counting = m_toCount.takeFirst();
        const int row = rowOfId(m_counting);
        if (row < 0)
            continue;
        const auto parsed = m_counter.submit(m_searches.at(row).query, kCountLimit);
        if (parsed && !parsed.query.isEmpty()) {
            m_waiting = m_counter.latestGeneration();
            return;
        }
        m_counts[row] = -1; // no longer parses: shown without a count
        Q_EMIT dataChanged(index(row), index(row));
    }
    m_counting = 0;
    if (m_dirty) {
        recount();
        return;
    }
    Q_EMIT counted();
}

void SavedSearchListModel::onResults(quint64 generation, int hits)
{
    if (generation != m_waiting)
        return;
    m_waiting = 0;
    if (const int row = rowOfId(m_counting); row >= 0 && m_counts.at(row) != hits) {
        m_counts[row] = hits;
        Q_EMIT dataChanged(index(row), index(row));
    }
    if (m_dirty) {
        recount();
        return;
    }
    countNext();
}

const SavedSearch *SavedSearchListModel::searchAt(int row) const
{
    return row >= 0 && row < m_searches.size() ? &m_searches.at(row) : nullptr;
}

int SavedSearchListModel::rowOfId(RowId id) const
{
    for (int row = 0; row < m_searches.size(); ++row)
        if (m_searches.at(row).id == id)
            return row;
    return -1;
}

int SavedSearchListModel::countAt(int row) const
{
    return row >= 0 && row < m_counts.size() ? m_counts.at(row) : -1;
}

int SavedSearchListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_searches.size());
}

QVariant SavedSearchListModel::data(const QModelIndex &index, int role) const
{
    const auto *search = searchAt(index.row());
    if (!search || index.parent().isValid())
        return {};
    const int count = countAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (count < 0)
            return search->name;
        return count >= kCountLimit ? tr("%1 (%2+)").arg(search->name).arg(kCountLimit)
                                    : tr("%1 (%2)").arg(search->name).arg(count);
    case Qt::ToolTipRole:
        return tr("Search: %1").arg(search->query);
    case Qt::AccessibleTextRole:
        return count < 0 ? search->name : tr("%1, %n match(es)", nullptr, count).arg(search->name);
    case IdRole:
        return search->id;
    case QueryRole:
        return search->query;
    case CountRole:
        return count;
    default:
        return {};
    }
}

} // namespace leverage::models
