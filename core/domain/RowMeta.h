#pragma once

#include "core/domain/Ids.h"

#include <QString>

namespace leverage {

// What every stored row carries besides its content: a key, an identity that survives
// exports and merges, when it was created and changed, and a version for optimistic edits.
struct RowMeta
{
    RowId id = 0;
    QString uuid;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    int version = 0;

    bool isStored() const { return id > 0; }
    friend bool operator==(const RowMeta &, const RowMeta &) = default;
};

} // namespace leverage
