#include "core/escalation/EscalationTargets.h"

#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

EscalationTargets::Target EscalationTargets::of(const EscalationStep &step) const
{
    Target target;
    RowId organizationId = step.organizationId;
    if (step.contactId > 0) {
        if (auto contact = m_workspace.contacts().get(step.contactId)) {
            target.name = contact->name;
            target.position = contact->position;
            if (organizationId <= 0)
                organizationId = contact->organizationId;
        }
    }
    if (organizationId > 0) {
        if (auto organization = m_workspace.organizations().get(organizationId)) {
            target.organization = organization->name;
            if (target.name.isEmpty())
                target.name = organization->name;
        }
    }
    if (target.name.isEmpty())
        target.name = step.targetText.trimmed();
    return target;
}

QString EscalationTargets::describe(const EscalationStep &step) const
{
    const auto level = escalationLevelLabel(step.level);
    const auto name = of(step).name;
    return name.isEmpty() ? level : QStringLiteral("%1 (%2)").arg(level, name);
}

} // namespace leverage
