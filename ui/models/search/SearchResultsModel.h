#pragma once

#include "core/domain/SearchQuery.h"

#include <QAbstractListModel>
#include <QList>

namespace leverage::models {

// The hits of one search as a flat list grouped by kind (cases, timeline entries, promises,
// follow-ups, contacts, organizations), each group under a header row that cannot be
// selected; within a group the search's own order (relevance, then recency) is kept.
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultsModel)

public:
    enum Role
    {
        IsHeaderRole = Qt::UserRole + 1,
        KindRole,        // SearchKind as int
        IdRole,          // the item's id
        CaseIdRole,      // 0 when none
        SnippetHtmlRole, // the snippet, escaped, matched words in <b>
        DetailRole,      // "case · date · person"
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Replaces every row (one reset: a new query's answer is a new list).
    void setHits(const QList<SearchHit> &hits);
    void clear();
    int hitCount() const { return int(m_hitCount); }
    // The hit on a row; null for a header or an invalid index.
    const SearchHit *hitAt(const QModelIndex &index) const;
    // The first row that is a hit at or after `row` going `step` (+1 or -1); -1 when none.
    int hitRowFrom(int row, int step) const;

    static QString kindTitle(SearchKind kind);
    static QString snippetHtml(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        bool header = false;
        SearchKind kind = SearchKind::Case;
        int count = 0; // a header's number of hits
        SearchHit hit;
    };

    QList<Row> m_rows;
    qsizetype m_hitCount = 0;
};

} // namespace leverage::models
