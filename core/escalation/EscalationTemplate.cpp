#include "core/escalation/EscalationTemplate.h"

#include <QCoreApplication>

namespace leverage {

QString escalationTemplateLabel(EscalationTemplate which)
{
    switch (which) {
    case EscalationTemplate::UsualClimb:
        return QCoreApplication::translate("leverage", "The usual climb");
    case EscalationTemplate::Empty:
        return QCoreApplication::translate("leverage", "An empty path");
    }
    return {};
}

QList<EscalationStep> escalationTemplateSteps(EscalationTemplate which, RowId caseId,
                                              RowId organizationId)
{
    if (which == EscalationTemplate::Empty)
        return {};
    struct Rung
    {
        EscalationLevel level;
        bool atCompany;
        const char *note;
    };
    // Inside the company first, then the bodies outside it (field notes, "Escalation").
    static const Rung kClimb[] = {
        {EscalationLevel::FrontLine, true, ""},
        {EscalationLevel::Supervisor, true, ""},
        {EscalationLevel::Manager, true, ""},
        {EscalationLevel::ExecutiveOffice, true,
         QT_TRANSLATE_NOOP("leverage", "Or an executive's assistant")},
        {EscalationLevel::Regulator, false,
         QT_TRANSLATE_NOOP("leverage", "Or the sector's ombudsman")},
        {EscalationLevel::SmallClaimsCourt, false, ""},
    };
    QList<EscalationStep> steps;
    for (const auto &rung : kClimb) {
        EscalationStep step;
        step.caseId = caseId;
        step.level = rung.level;
        step.organizationId = rung.atCompany ? organizationId : 0;
        step.status = EscalationStatus::Planned;
        if (*rung.note)
            step.note = QCoreApplication::translate("leverage", rung.note);
        steps.append(step);
    }
    return steps;
}

} // namespace leverage
