#pragma once

#include "core/domain/Ids.h"

#include <QList>
#include <optional>

class QMimeData;

namespace leverage::models {

// What a drag of escalation steps carries: the case and the stable ids of its steps (never
// rows or pointers, which go stale while the drag is under way), and how the drop reorders.
struct EscalationDragData
{
    static constexpr auto kStepMimeType = "application/x-leverage-escalation-step";
    static constexpr auto kContactMimeType = "application/x-leverage-contact-ids";

    RowId caseId = 0;
    QList<RowId> stepIds;

    QMimeData *toMimeData() const;
    // Nothing for another MIME type or a malformed payload.
    static std::optional<EscalationDragData> fromMimeData(const QMimeData *data);
    // The contact ids of a drag from the contacts pane (one decimal id a line); empty when
    // there are none or any line is not an id.
    static QList<RowId> contactIds(const QMimeData *data);
    // `order` with the `dragged` ids (kept in path order) put where a drop at `insertAt` (a
    // row of `order`, its size for the end) lands among the others.
    static QList<RowId> reordered(const QList<RowId> &order, const QList<RowId> &dragged,
                                  int insertAt);
};

} // namespace leverage::models
