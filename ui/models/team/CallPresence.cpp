#include "ui/models/team/CallPresence.h"

#include "core/store/CasePresence.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"

#include <QCoreApplication>

namespace leverage::models {

CallPresence::CallPresence(Workspace &workspace, QObject *parent)
    : QObject(parent), m_workspace(workspace)
{
    m_heartbeat.setInterval(int(CasePresence::kHeartbeatMs));
    connect(&m_heartbeat, &QTimer::timeout, this, &CallPresence::beat);
}

CallPresence::~CallPresence()
{
    callStopped();
}

void CallPresence::callStarted(RowId caseId)
{
    if (!m_workspace.isTeamWorkspace() || caseId <= 0)
        return;
    if (m_caseId > 0 && m_caseId != caseId)
        callStopped();
    m_caseId = caseId;
    beat();
    m_heartbeat.start();
}

void CallPresence::callStopped()
{
    m_heartbeat.stop();
    if (m_caseId <= 0)
        return;
    if (auto status = CasePresence(m_workspace).withdraw(m_caseId); !status)
        logging::get("team")->warn("presence not withdrawn: {}", status.message().toStdString());
    m_caseId = 0;
}

void CallPresence::beat()
{
    if (auto status = CasePresence(m_workspace).announce(m_caseId); !status)
        logging::get("team")->warn("presence not announced: {}", status.message().toStdString());
}

QString onCallText(Workspace &workspace, RowId caseId)
{
    if (!workspace.isTeamWorkspace() || caseId <= 0)
        return {};
    auto others = CasePresence(workspace).othersOnCall(caseId);
    if (!others || others->isEmpty())
        return {};
    if (others->size() == 1)
        return QCoreApplication::translate("leverage::models", "%1 is on a call on this case")
            .arg(others->first());
    const auto last = others->takeLast();
    return QCoreApplication::translate("leverage::models", "%1 and %2 are on a call on this case")
        .arg(others->join(QStringLiteral(", ")), last);
}

} // namespace leverage::models
