#include "ui/models/common/RowPlacement.h"

namespace leverage::models {

RowPlacement RowPlacement::of(int loadedRow, long long newRow, int loadedCount, bool allLoaded)
{
    using A = Action;
    if (loadedRow < 0) {
        // New to the prefix: it belongs in it only if it lands inside, or right after a
        // prefix that was already everything.
        if (newRow >= 0 && (newRow < loadedCount || (newRow == loadedCount && allLoaded)))
            return {A::Insert, -1, int(newRow)};
        return {};
    }
    if (newRow < 0)
        return {A::Remove, loadedRow, -1};
    if (newRow == loadedRow)
        return {A::Update, loadedRow, loadedRow};
    if (newRow < loadedCount)
        return {A::Move, loadedRow, int(newRow)};
    // It moved past the loaded prefix: the next fetch brings it back in its place.
    return {A::Remove, loadedRow, -1};
}

} // namespace leverage::models
