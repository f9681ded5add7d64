#pragma once

#include "domain/CallDraft.h"
#include "store/Repository.h"

namespace leverage {

// Calls in progress. Saving one is frequent and silent: no signal reaches the models.
class CallDraftRepository final : public Repository<CallDraft>
{
public:
    explicit CallDraftRepository(Workspace &workspace);

    Result<QList<CallDraft>> all() const;
};

} // namespace leverage
