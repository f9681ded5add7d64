#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// Whom a case's letter can go to: the people of every organization the case involves (the
// regulator of its path too), organization by organization in the case's order.
struct LetterAddressee
{
    RowId contactId = 0;
    QString name;
    QString position;
    QString organization;
    QString email;
};

Result<QList<LetterAddressee>> letterAddressees(Workspace &workspace, RowId caseId);

} // namespace leverage
