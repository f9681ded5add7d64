// A case with an outcome deleted and brought back by undo keeps its outcome; a contact named as
// what resolved a case, deleted and brought back, is named again (issue 22, "nothing lost").
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/OutcomeRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;

namespace {

class OutcomeRemovalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoWorkspaceBuilder(*ws).build());
        hotel = leverage::testing::caseTitledIn(*ws, QStringLiteral("Hotel reimbursement"));
        auto record = OutcomeRepository(*ws).get(hotel);
        ASSERT_TRUE(record && *record) << "the demo's hotel case has an outcome";
        outcome = **record;
    }

    std::optional<outcomes::CaseOutcome> stored()
    {
        auto record = OutcomeRepository(*ws).get(hotel);
        EXPECT_TRUE(record);
        return record ? *record : std::nullopt;
    }

    leverage::testing::TestWorkspace ws;
    RowId hotel = 0;
    outcomes::CaseOutcome outcome;
};

TEST_F(OutcomeRemovalTest, ACaseComesBackWithItsOutcomeAndItems)
{
    ASSERT_FALSE(outcome.items.isEmpty());
    const auto status = ws->cases().get(hotel)->status;
    auto snapshot = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Case, hotel);
    ASSERT_TRUE(snapshot);
    EXPECT_FALSE(stored());
    ASSERT_TRUE(snapshot->restore(*ws));
    EXPECT_EQ(stored(), outcome);
    EXPECT_EQ(ws->cases().get(hotel)->status, status);
}

TEST_F(OutcomeRemovalTest, TheContactWhoResolvedACaseIsNamedAgainAfterTheUndo)
{
    ASSERT_GT(outcome.resolvedByContactId, 0) << "the demo names who resolved the hotel case";
    auto snapshot =
        RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Contact, outcome.resolvedByContactId);
    ASSERT_TRUE(snapshot);
    ASSERT_TRUE(stored());
    EXPECT_EQ(stored()->resolvedByContactId, 0); // the database let go of the link
    ASSERT_TRUE(snapshot->restore(*ws));
    EXPECT_EQ(stored(), outcome);
}

} // namespace
