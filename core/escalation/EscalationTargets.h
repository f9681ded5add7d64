#pragma once

#include "core/domain/EscalationStep.h"

#include <QString>

namespace leverage {

class Workspace;

// Who a step is aimed at, in words: a contact, an organization or the step's free text.
class EscalationTargets final
{
public:
    struct Target
    {
        QString name;         // "Tanya Brooks", "Harbor Home & Appliance", free text, or empty
        QString position;     // a contact's position, else empty
        QString organization; // the contact's or the step's organization, else empty
    };

    explicit EscalationTargets(Workspace &workspace) : m_workspace(workspace) {}

    // A removed contact or organization falls back to the next thing known.
    Target of(const EscalationStep &step) const;
    // "Supervisor (Tanya Brooks)", or just "Executive office" when no one is named.
    QString describe(const EscalationStep &step) const;

private:
    Workspace &m_workspace;
};

} // namespace leverage
