#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// Recomputes the hash chain (SealChain) and compares every sealed row with its last seal:
// what was changed, added or removed outside the program, row by row.
class SealVerifier final
{
public:
    struct Finding
    {
        enum class Kind
        {
            SealAltered, // a link of the chain does not match its own content
            ChainBroken, // a link does not follow the one before it
            RowChanged,  // the row differs from its last seal
            RowUnsealed, // a row with no seal: written outside the program
            RowRemoved,  // a sealed row gone without a seal of its removal
            BlobAltered  // an attachment's content no longer matches its SHA-256
        };
        Kind kind;
        QString table;
        RowId rowId = 0;
        RowId caseId = 0;
        QString sentence; // what to print, one line
    };

    struct Report
    {
        qint64 sealsChecked = 0;
        qint64 rowsChecked = 0;
        qint64 blobsChecked = 0;
        QString head;
        RowId firstBadSeal = 0; // the first seal altered or out of the chain (0: none)
        QList<Finding> findings;
        bool intact() const { return findings.isEmpty(); }
    };

    // caseId 0: the whole workspace. The chain itself is always checked whole (each link
    // depends on the one before); rows and contents only of the case when one is given.
    static Result<Report> verify(Workspace &workspace, RowId caseId = 0);
};

} // namespace leverage
