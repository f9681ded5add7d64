#pragma once

#include <QString>
#include <optional>

namespace leverage {

enum class CaseStatus
{
    Open,
    Waiting,
    Escalated,
    Resolved,
    Closed
};

QString caseStatusKey(CaseStatus status);
std::optional<CaseStatus> caseStatusFromKey(const QString &key);
QString caseStatusLabel(CaseStatus status);

} // namespace leverage
