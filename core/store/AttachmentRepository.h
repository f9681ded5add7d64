#pragma once

#include "core/domain/Attachment.h"
#include "core/store/Repository.h"

namespace leverage {

// The files attached to cases and entries (their content is in the BlobStore, by SHA-256).
class AttachmentRepository final : public Repository<Attachment>
{
public:
    explicit AttachmentRepository(Workspace &workspace);

    // A case's attachments, oldest first.
    Result<QList<Attachment>> forCase(RowId caseId) const;
    Result<QList<Attachment>> forEntry(RowId entryId) const;
    // The exhibits of a case, in the order of the timeline (an entry's time, else when the
    // file was added), the order they are numbered in.
    Result<QList<Attachment>> exhibits(RowId caseId) const;
    Result<qint64> count(RowId caseId) const;

protected:
    Status validate(const Attachment &attachment) const override;
};

} // namespace leverage
