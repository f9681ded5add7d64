#pragma once

#include "core/domain/RowMeta.h"

namespace leverage {

// A person at an organization. supervisorId links "who reports to whom" (0: unknown).
struct Contact
{
    RowMeta meta;
    RowId organizationId = 0;
    RowId supervisorId = 0;
    QString name;
    QString position;
    QString department;
    QString directLine;
    QString extension; // extension or employee id
    QString email;
    QString preferredChannel;
    QString bestTime;
    QString notes;
    bool isGateway = false;
    QString rulesOfEngagement;

    friend bool operator==(const Contact &, const Contact &) = default;
};

} // namespace leverage
