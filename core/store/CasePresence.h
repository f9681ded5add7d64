#pragma once

#include "core/domain/RowMeta.h"
#include "core/util/Result.h"

#include <QStringList>

namespace leverage {

class Workspace;

// Who is on a call on a case right now (a team workspace: "Ana is on a call on this case").
// A row per person and case, stamped by the caller's heartbeat; a row whose heartbeat is older
// than kStaleMs no longer counts, so a client that crashed or lost its network drops out by
// itself, and a call that ends removes its row. Not an edit: nothing goes on the undo stack.
class CasePresence
{
public:
    // A heartbeat every kHeartbeatMs; gone after kStaleMs without one (three missed beats).
    static constexpr qint64 kHeartbeatMs = 20'000;
    static constexpr qint64 kStaleMs = 60'000;

    explicit CasePresence(Workspace &workspace) : m_workspace(workspace) {}

    // The login of this workspace's connection (empty on a file: one user, no presence).
    QString me() const;
    // Says (again) that `me()` is on a call on the case, now.
    Status announce(RowId caseId);
    // The call ended.
    Status withdraw(RowId caseId);
    // The others on a call on the case, by login, with a heartbeat within kStaleMs.
    Result<QStringList> othersOnCall(RowId caseId);

private:
    // One statement over the row of `me()` on the case (:case, :who, and :now if it has it), in
    // one write.
    Status write(RowId caseId, const QString &sql);

    Workspace &m_workspace;
};

} // namespace leverage
