#pragma once

#include "core/domain/Ids.h"
#include "core/dossier/DossierData.h"
#include "core/dossier/DossierFlow.h"
#include "core/dossier/DossierOptions.h"
#include "core/util/Result.h"

#include <QHash>

namespace leverage {

class DossierNames;
class Workspace;

// The dossier's "Letters sent" (issue 18): each letter of the case that went out in the range,
// in the order sent, with its date, addressee and position, kind, channel and reference, the
// answer it asked for by when, and the timeline entry that records it. The timeline row of that
// entry says which letter it is, so the two point at each other.
class DossierLetters final
{
public:
    static QString title();
    // The sent letters in the range, oldest first and numbered (entry numbers not yet known).
    static Result<QList<DossierData::LetterRow>> rows(Workspace &workspace, RowId caseId,
                                                      const DossierOptions &options,
                                                      DossierNames &names,
                                                      QHash<RowId, int> *rowByEntry);
    // What the letter's timeline row adds under its summary: "Letter 2 sent: Complaint".
    static QString timelineLine(const DossierData::LetterRow &row);
    static void append(const QList<DossierData::LetterRow> &rows, int section, DossierFlow &flow);
};

} // namespace leverage
