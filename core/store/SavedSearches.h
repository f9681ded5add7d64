#pragma once

#include "core/domain/SavedSearch.h"
#include "core/util/Result.h"

#include <QList>
#include <QObject>

namespace leverage {

class Workspace;

// The workspace's saved searches (table saved_searches). One per open workspace, a child of
// it (of()), so that every view of the list hears changed() whoever made the change.
class SavedSearches final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearches)

public:
    static SavedSearches &of(Workspace &workspace);

    Result<QList<SavedSearch>> list() const;
    Result<SavedSearch> find(RowId id) const;
    // A search with id 0 gets a new id and goes at the end of the list; one with an id is
    // put back under it, at its position (the undo of a removal). Returns the id.
    Result<RowId> add(const SavedSearch &search);
    Status rename(RowId id, const QString &name);
    Status remove(RowId id);

Q_SIGNALS:
    void changed();

private:
    explicit SavedSearches(Workspace &workspace);
    // One statement in a write; newId reads its RETURNING id; after runs next in the write.
    Status write(const QString &sql, const QVariantMap &values, RowId *newId = nullptr,
                 const QString &after = {});

    Workspace &m_workspace;
};

} // namespace leverage
