#pragma once

#include "core/domain/EscalationStep.h"

#include <QList>

namespace leverage {

// How a new path starts: the usual climb of the field notes, or nothing.
enum class EscalationTemplate
{
    UsualClimb,
    Empty
};

QString escalationTemplateLabel(EscalationTemplate which);

// The planned steps of a template for a case; company levels aim at the case's organization.
QList<EscalationStep> escalationTemplateSteps(EscalationTemplate which, RowId caseId,
                                              RowId organizationId);

} // namespace leverage
