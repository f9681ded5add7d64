#pragma once

#include "core/domain/EntryParticipant.h"
#include "core/domain/TimelineEntry.h"
#include "core/store/Repository.h"

#include <QHash>
#include <limits>

namespace leverage {

class TimelineRepository final : public Repository<TimelineEntry>
{
public:
    static constexpr qint64 kNoEnd = std::numeric_limits<qint64>::max();

    explicit TimelineRepository(Workspace &workspace);

    // One page of a case's timeline, oldest or newest first; `untilUtcMs`: only the entries
    // up to that moment (a letter dated in the past cites nothing after its date).
    Result<QList<TimelineEntry>> page(RowId caseId, bool newestFirst, int offset, int limit,
                                      qint64 untilUtcMs = kNoEnd) const;
    Result<QList<TimelineEntry>> forCase(RowId caseId) const;
    // Up to `limit` entries of a case after the one at (`afterUtcMs`, `afterId`), oldest first:
    // a long timeline read a page at a time without OFFSET rescanning the rows before it.
    Result<QList<TimelineEntry>> pageAfter(RowId caseId, qint64 afterUtcMs, RowId afterId,
                                           int limit) const;
    Result<QList<TimelineEntry>> forContact(RowId contactId) const;
    Result<qint64> count(RowId caseId, qint64 untilUtcMs = kNoEnd) const;
    Result<qint64> countAll() const;
    // The entry's row in the case's timeline in that order.
    Result<qint64> rowOf(RowId caseId, RowId entryId, bool newestFirst) const;

    Result<QList<EntryParticipant>> participants(RowId entryId) const;
    // The participants of each of these entries (a timeline page), by entry.
    Result<QHash<RowId, QList<EntryParticipant>>>
    participantsOf(const QList<RowId> &entryIds) const;
    Status setParticipants(RowId entryId, const QList<EntryParticipant> &participants);

protected:
    Status validate(const TimelineEntry &entry) const override;
    Status afterWrite(const TimelineEntry &entry) override;
    Status afterMove(const TimelineEntry &before, const TimelineEntry &after) override;
    Status afterBulkInsert(const QList<TimelineEntry> &entries) override;
};

} // namespace leverage
