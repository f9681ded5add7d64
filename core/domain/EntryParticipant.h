#pragma once

#include "core/domain/Ids.h"
#include "core/domain/Instant.h"

#include <QString>
#include <optional>

namespace leverage {

// Someone who took part in an entry, with how helpful they were, or who was sent a copy of it
// (cc: an e-mail or letter copied to a manager).
struct EntryParticipant
{
    RowId contactId = 0;
    QString name;
    QString position;
    Instant joinedAt;
    std::optional<int> helpfulness;
    bool cc = false;

    friend bool operator==(const EntryParticipant &, const EntryParticipant &) = default;
};

} // namespace leverage
