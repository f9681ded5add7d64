#pragma once

#include <QMetaType>

namespace leverage {

// What a reminder or a calendar event is about.
enum class LedgerItemKind
{
    FollowUp,
    Commitment,
    Clock // a clock's date (issue 19): the id is its case's
};

} // namespace leverage

Q_DECLARE_METATYPE(leverage::LedgerItemKind)
