#pragma once

#include "core/domain/RowMeta.h"

#include <QObject>
#include <QTimer>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// While a call's notes are open on a case of a team workspace, tells the others so: a
// heartbeat every CasePresence::kHeartbeatMs, withdrawn when the call stops or this object
// goes (a crash is covered by the heartbeat going stale). Best effort: a failed beat is
// logged, never shown (a volunteer's read-only login cannot announce, and need not).
class CallPresence final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallPresence)

public:
    explicit CallPresence(Workspace &workspace, QObject *parent = nullptr);
    ~CallPresence() override;

    void callStarted(RowId caseId);
    void callStopped();
    RowId caseId() const { return m_caseId; }

private:
    void beat();

    Workspace &m_workspace;
    QTimer m_heartbeat;
    RowId m_caseId = 0;
};

// "Ana is on a call on this case" (the others on a call on it now), or empty.
QString onCallText(Workspace &workspace, RowId caseId);

} // namespace leverage::models
