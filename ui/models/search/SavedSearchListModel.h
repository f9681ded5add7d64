#pragma once

#include "core/domain/SavedSearch.h"

#include <QAbstractListModel>
#include <QList>

class QTimer;

namespace leverage {
class Workspace;
namespace search {
class SearchService;
}
} // namespace leverage

namespace leverage::models {

// The saved searches as smart lists: each row is a name and how many items match now. The
// counts come from a search service of the list's own (off the GUI thread, one query at a
// time, so that counting never cancels the user's own search) and are read again a moment
// after any change to the workspace, so the lists stay live.
class SavedSearchListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchListModel)

public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        QueryRole,
        CountRole, // -1 while not counted (or the query no longer parses)
    };
    // Counted up to this many; more shows as "100+".
    static constexpr int kCountLimit = 100;

    SavedSearchListModel(Workspace &workspace, search::SearchService &counter,
                         QObject *parent = nullptr);

    const SavedSearch *searchAt(int row) const;
    int rowOfId(RowId id) const;
    int countAt(int row) const;
    // Whether every row has its count for the workspace as it is now.
    bool isCounted() const { return m_toCount.isEmpty() && m_waiting == 0 && !m_dirty; }
    // Reads the list again and counts every row.
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // Every row has its count (tests and the view's status wait for it).
    void counted();

private:
    void recountSoon();
    void recount();
    void countNext();
    void onResults(quint64 generation, int hits);

    Workspace &m_workspace;
    search::SearchService &m_counter;
    QList<SavedSearch> m_searches;
    QList<int> m_counts;
    QList<RowId> m_toCount;
    RowId m_counting = 0;
    quint64 m_waiting = 0; // generation of the count under way, 0 when none
    bool m_dirty = false;  // the workspace changed while counting
    QTimer *m_delay = nullptr;
};

} // namespace leverage::models
