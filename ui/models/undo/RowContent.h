#pragma once

#include "ui/models/undo/EntityTraits.h"

namespace leverage::models {

// Writes a row's content back over the stored row (a new version, the store's derived fields
// kept): how an undo or a later redo puts an edited row back as it was.
template <typename T> Status writeRowContent(Workspace &workspace, const T &content)
{
    auto &repository = EntityTraits<T>::repository(workspace);
    auto stored = repository.get(content.meta.id);
    if (!stored)
        return stored.status();
    T value = content;
    value.meta = stored->meta;
    EntityTraits<T>::keepDerived(value, *stored);
    return repository.update(value);
}

} // namespace leverage::models
