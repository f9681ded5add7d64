#pragma once

#include "core/domain/Ids.h"
#include "core/dossier/DossierData.h"
#include "core/dossier/DossierFlow.h"

namespace leverage {

class Workspace;

// The dossier's Clocks section (issue 19): each rule that applies to the case with what it
// counts from, its date and where it stands as of the dossier's date, what happens then, and
// its legal basis, source and confidence. A section of its own beside the others.
class DossierClocks final
{
public:
    static QString title();
    // The case's clocks as printed rows; none when the case has no jurisdiction or no rule
    // applies (or they cannot be read: the dossier is printed without them).
    static QList<DossierData::ClockRow> rows(Workspace &workspace, RowId caseId);
    static void append(const QList<DossierData::ClockRow> &rows, int section, DossierFlow &flow);
};

} // namespace leverage
