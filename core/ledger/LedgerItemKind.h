#pragma once

#include <QMetaType>

namespace leverage {

// What a reminder or a calendar event is about.
enum class LedgerItemKind
{
    FollowUp,
    Commitment
};

} // namespace leverage

Q_DECLARE_METATYPE(leverage::LedgerItemKind)
