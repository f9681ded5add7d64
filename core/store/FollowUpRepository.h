#pragma once

#include "core/domain/FollowUp.h"
#include "core/store/Repository.h"

namespace leverage {

class FollowUpRepository final : public Repository<FollowUp>
{
public:
    explicit FollowUpRepository(Workspace &workspace);

    Result<QList<FollowUp>> forCase(RowId caseId) const;
    // Not yet done, soonest first: the agenda's source.
    Result<QList<FollowUp>> open() const;
};

} // namespace leverage
