#pragma once

#include "core/domain/Ids.h"

#include <QHash>
#include <functional>
#include <vector>

namespace leverage {

// What the chain says each row of one table last was, by row id (SealVerifier). The content
// and links are kept as keyed hashes, not as text: a million entries' notes would not fit
// comfortably. Row ids are mostly dense (SQLite hands out the next one), so they index a
// vector; an id far beyond what a dense table would have goes to a hash. A hash for all of
// them was a fifth of verifying a million rows.
class LastSeals final
{
public:
    struct Seal
    {
        size_t contentHash = 0;
        size_t linksHash = 0;
        RowId caseId = 0;
        RowId sealId = 0;
        bool removed = false;
        bool linksSealed = false; // format 2: the links are covered (not in format 1)
        bool present = false;     // a seal was seen for this id
        bool matched = false;     // its row was found among the living rows
    };

    // The row's entry, made present; a later seal of the same row overwrites it.
    Seal &sealed(RowId rowId);
    // Null when the row has no seal.
    Seal *find(RowId rowId);
    // Every sealed row whose living row was not found.
    void forEachUnmatched(const std::function<void(RowId, const Seal &)> &visit) const;

private:
    std::vector<Seal> m_dense;
    QHash<RowId, Seal> m_sparse;
    qint64 m_count = 0;
};

} // namespace leverage
