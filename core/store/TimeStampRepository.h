#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// RFC 3161 time-stamps of the hash chain's head (issue 21), kept with the workspace: the
// token as the authority signed it (DER), where it came from, the seal whose head it covers
// and its time. The chain is one per workspace, so a stamp covers every case's record up to
// that seal; it is filed under the case it was asked from (the dossiers of that case print it)
// or under none (every dossier prints it).
class TimeStampRepository final
{
public:
    struct Stamp
    {
        RowId id = 0;
        RowId caseId = 0; // 0: the whole workspace
        RowId sealId = 0; // the seal that was the chain's head
        QString head;     // that seal, hex
        QString authorityUrl;
        QByteArray token;
        qint64 genTimeMs = 0; // the authority's time, UTC
        Instant stampedAt;    // when it was asked for, with the user's offset
    };
    // The chain's last seal, what a stamp asked now would cover (sealId 0: nothing sealed).
    struct Head
    {
        RowId sealId = 0;
        QString seal;
    };

    explicit TimeStampRepository(Workspace &workspace) : m_workspace(workspace) {}

    Result<Head> head() const;
    // The seal now stored under sealId ("" when there is none).
    Result<QString> sealAt(RowId sealId) const;
    // How many seals were written after sealId.
    Result<qint64> sealsAfter(RowId sealId) const;
    // Adds the stamp in one write; one with an id (a redo) is put back under it.
    Result<RowId> add(const Stamp &stamp);
    Status remove(RowId id);
    // caseId 0: every stamp; else the case's and the workspace's. Oldest first.
    Result<QList<Stamp>> list(RowId caseId = 0) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
