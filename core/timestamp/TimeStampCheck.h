#pragma once

#include "core/domain/Ids.h"
#include "core/store/TimeStampRepository.h"
#include "core/timestamp/TimeStampToken.h"
#include "core/util/Result.h"

#include <QList>
#include <QString>

namespace leverage {

class Workspace;

// What each kept time-stamp proves now, offline: its token (TimeStampToken::verify against
// the head it was asked for) and whether the chain still holds that head at its seal. A
// stamp proves the record up to its seal existed at the authority's time; a record rewritten
// since no longer leads to that head, and seals written later are not covered.
class TimeStampCheck final
{
public:
    enum class Coverage
    {
        Current, // the head is still the chain's head: nothing written since
        Earlier, // the chain has grown since: later seals are not covered
        Lost     // the chain no longer holds the stamped head: rewritten outside Leverage
    };
    struct Outcome
    {
        TimeStampRepository::Stamp stamp;
        TimeStampToken::Info info; // empty when the token cannot be read
        TimeStampToken::Verdict verdict;
        Coverage coverage = Coverage::Lost;
        qint64 sealsSince = 0;
        bool good() const { return verdict.valid && coverage != Coverage::Lost; }
        // One line: which authority, when, the serial, whether it verified, what it covers.
        QString sentence() const;
    };

    // The stamps of the case (and the workspace's; caseId 0: all). firstBadSeal: the first
    // seal the chain's recomputation found altered (SealVerifier::Report), 0 when it was not
    // recomputed (the dossier) or found none. caFile: the CA to check the signers against.
    static Result<QList<Outcome>> check(Workspace &workspace, RowId caseId, RowId firstBadSeal,
                                        const QString &caFile = {});
};

} // namespace leverage
