#pragma once

#include "core/domain/CallDraft.h"
#include "core/store/Repository.h"

namespace leverage {

// Calls in progress. Saving one is frequent and silent: no signal reaches the models.
class CallDraftRepository final : public Repository<CallDraft>
{
public:
    explicit CallDraftRepository(Workspace &workspace);

    Result<QList<CallDraft>> all() const;
    // Saves a live call's state: one UPDATE in its own write, cheap enough to run every second.
    Status savePayload(RowId draftId, RowId caseId, const QString &payload);
};

} // namespace leverage
