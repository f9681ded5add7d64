#pragma once

#include "core/domain/Ids.h"

#include <QList>

class QMimeData;

namespace leverage::models {

// The agreed drag payload for contacts: MIME type application/x-leverage-contact-ids, UTF-8
// text, one decimal contact id per line. The contacts tree produces it; the escalation path
// (and any other drop target) reads it with decode().
namespace ContactIdsMime {

inline constexpr auto kType = "application/x-leverage-contact-ids";

// A new QMimeData carrying the ids (the caller owns it), or nullptr when there are none.
QMimeData *encode(const QList<RowId> &contactIds);
// The ids in the payload, in order; lines that are not a positive id are skipped. Empty when
// the data does not carry the type.
QList<RowId> decode(const QMimeData *mime);

} // namespace ContactIdsMime
} // namespace leverage::models
