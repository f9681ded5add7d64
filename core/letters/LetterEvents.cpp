#include "core/letters/LetterEvents.h"

#include "core/store/Workspace.h"

namespace leverage {

LetterEvents &LetterEvents::of(Workspace &workspace)
{
    if (auto *existing = workspace.findChild<LetterEvents *>(QString(), Qt::FindDirectChildrenOnly))
        return *existing;
    return *new LetterEvents(&workspace);
}

} // namespace leverage
