#pragma once

#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"

namespace leverage {

// A file kept with a case (a receipt, a photo, an e-mail's attachment), optionally on one of
// its timeline entries. The content lives once in the workspace's blob store, named by its
// SHA-256; two attachments of the same file share it.
struct Attachment
{
    RowMeta meta;
    RowId caseId = 0;
    RowId entryId = 0; // 0: on the case, not on an entry
    QString sha256;    // lower-case hex; the key of the content in the blob store
    QString originalName;
    QString mimeType;
    qint64 size = 0;
    Instant addedAt;
    bool isExhibit = false; // numbered in the dossier's exhibit index
    QString description;

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

} // namespace leverage
