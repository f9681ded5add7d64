#pragma once

#include <QString>
#include <optional>

namespace leverage {

// The rungs of the usual climb, from the field notes' "Escalation".
enum class EscalationLevel
{
    FrontLine,
    Supervisor,
    Manager,
    ExecutiveOffice,
    ExecutiveAssistant,
    ThirdParty,
    Regulator,
    Ombudsman,
    ConsumerAgency,
    SmallClaimsCourt,
    Lawyer,
    PublicReview,
    Other
};

enum class EscalationStatus
{
    Planned,
    Current,
    Done,
    Skipped
};

QString escalationLevelKey(EscalationLevel level);
std::optional<EscalationLevel> escalationLevelFromKey(const QString &key);
QString escalationLevelLabel(EscalationLevel level);

QString escalationStatusKey(EscalationStatus status);
std::optional<EscalationStatus> escalationStatusFromKey(const QString &key);
QString escalationStatusLabel(EscalationStatus status);

} // namespace leverage
