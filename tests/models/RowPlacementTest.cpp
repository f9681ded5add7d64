#include "ui/models/common/RowPlacement.h"

#include <gtest/gtest.h>

using leverage::models::RowPlacement;
using A = RowPlacement::Action;

TEST(RowPlacementTest, NewRowsJoinThePrefixOnlyInsideItOrAfterACompleteList)
{
    EXPECT_EQ(RowPlacement::of(-1, 3, 10, false).action, A::Insert);
    EXPECT_EQ(RowPlacement::of(-1, 3, 10, false).to, 3);
    EXPECT_EQ(RowPlacement::of(-1, 10, 10, false).action, A::None) << "the next page has it";
    EXPECT_EQ(RowPlacement::of(-1, 10, 10, true).action, A::Insert) << "the list was complete";
    EXPECT_EQ(RowPlacement::of(-1, -1, 10, true).action, A::None) << "filtered out";
}

TEST(RowPlacementTest, LoadedRowsStayMoveOrLeave)
{
    EXPECT_EQ(RowPlacement::of(4, 4, 10, false).action, A::Update);
    EXPECT_EQ(RowPlacement::of(4, -1, 10, false).action, A::Remove);
    const auto down = RowPlacement::of(2, 7, 10, false);
    EXPECT_EQ(down.action, A::Move);
    EXPECT_EQ(down.moveDestination(), 8) << "beginMoveRows counts the row before which it lands";
    const auto up = RowPlacement::of(7, 2, 10, false);
    EXPECT_EQ(up.moveDestination(), 2);
    const auto out = RowPlacement::of(7, 10, 10, false);
    EXPECT_EQ(out.action, A::Remove) << "past the prefix: dropped until fetched again";
    EXPECT_EQ(out.from, 7);
}
