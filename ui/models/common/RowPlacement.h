#pragma once

namespace leverage::models {

// Where a row that was added or changed in the store goes in a list that holds only a loaded
// prefix of the full, ordered result. Keeping the loaded part an exact prefix of the store's
// order is what lets the next fetchMore continue at offset rowCount().
struct RowPlacement
{
    enum class Action
    {
        None,
        Insert,
        Remove,
        Move,
        Update
    };
    Action action = Action::None;
    int from = -1; // the loaded row it is at (Remove, Move, Update)
    int to = -1;   // the row it goes to (Insert, Move)

    // loadedRow: where the row is among the loaded rows, -1 if not loaded.
    // newRow: where it now stands in the full ordered result, -1 if it no longer belongs.
    // allLoaded: the loaded rows were the whole result before the change.
    static RowPlacement of(int loadedRow, long long newRow, int loadedCount, bool allLoaded);

    // The destination row beginMoveRows wants (the row before which it is inserted).
    int moveDestination() const { return to > from ? to + 1 : to; }
};

} // namespace leverage::models
