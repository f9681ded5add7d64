#pragma once

#include "core/domain/Commitment.h"

#include <QString>

namespace leverage {

// The PROMISE line a call's notes carry for each promise: "PROMISE: Call back (by Kevin Hale;
// Carl Jensen will act), due Thu 5 Mar, 14:00–16:00". Written when the promise is made on the
// call, and rewritten when the commitment is edited later, so the notes never keep an old date.
class PromiseLine final
{
public:
    static QString text(const QString &what, const QString &by, const QString &actor,
                        const DueWindow &due);
    static QString text(const Commitment &commitment);
    // The notes with the line of `before` (found by its "PROMISE: <what>") said as `after`;
    // a null string when the notes hold no such line.
    static QString rewrite(const QString &notes, const Commitment &before, const Commitment &after);
};

} // namespace leverage
