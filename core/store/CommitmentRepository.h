#pragma once

#include "core/domain/Commitment.h"
#include "core/store/Repository.h"

namespace leverage {

class CommitmentRepository final : public Repository<Commitment>
{
public:
    explicit CommitmentRepository(Workspace &workspace);

    Result<QList<Commitment>> forCase(RowId caseId) const;
    Result<QList<Commitment>> forContact(RowId contactId) const;
    // Every commitment of every case, by due date (undated last): the ledger's source.
    Result<QList<Commitment>> all() const;
    Result<qint64> count(RowId caseId) const;

    // Records what came of a promise, and when (now, by the workspace's clock).
    Status setStatus(RowId commitmentId, CommitmentStatus status, const QString &note);
};

} // namespace leverage
