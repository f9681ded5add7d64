#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;

TEST(DemoWorkspaceTest, HoldsTheFieldNotesCasesWithPeopleAndPromises)
{
    leverage::testing::TestWorkspace ws;
    ASSERT_TRUE(DemoWorkspaceBuilder(ws.get()).build());
    EXPECT_EQ(*ws->cases().count({}), 6); // with the UK bank case (issue 19)
    EXPECT_GE(*ws->organizations().count(), 5);
    EXPECT_GE(*ws->contacts().count(), 12);
    EXPECT_GE(*ws->timeline().countAll(), 200);
    EXPECT_EQ(ws->contacts().gateways()->size(), 3);

    int kept = 0, broken = 0, pending = 0;
    for (const auto &c : *ws->commitments().all()) {
        kept += c.status == CommitmentStatus::Kept;
        broken += c.status == CommitmentStatus::Broken;
        pending += c.status == CommitmentStatus::Pending;
    }
    EXPECT_GT(kept, 0);
    EXPECT_GT(broken, 0);
    EXPECT_GT(pending, 0);

    int supervised = 0;
    for (const auto &o : *ws->organizations().all())
        for (const auto &p : *ws->contacts().forOrganization(o.meta.id))
            supervised += p.supervisorId > 0;
    EXPECT_GE(supervised, 8);
}

TEST(DemoWorkspaceTest, IsTheSameForTheSameClock)
{
    leverage::testing::TestWorkspace a, b;
    ASSERT_TRUE(DemoWorkspaceBuilder(a.get()).build());
    ASSERT_TRUE(DemoWorkspaceBuilder(b.get()).build());
    auto ea = *a->timeline().forCase(1);
    auto eb = *b->timeline().forCase(1);
    ASSERT_EQ(ea.size(), eb.size());
    for (int i = 0; i < ea.size(); ++i) {
        EXPECT_EQ(ea[i].summary, eb[i].summary);
        EXPECT_EQ(ea[i].occurredAt, eb[i].occurredAt);
    }
}

TEST(DemoWorkspaceTest, FinishedEscalationStepsAreDatedInTheOrderTheCaseClimbed)
{
    leverage::testing::TestWorkspace ws;
    ASSERT_TRUE(DemoWorkspaceBuilder(ws.get()).build());
    int dated = 0;
    for (const auto &c : *ws->cases().page({}, 0, 10)) {
        qint64 previous = 0;
        for (const auto &step : *ws->escalation().forCase(c.caseData.meta.id)) {
            EXPECT_EQ(step.status == EscalationStatus::Done, !step.doneAt.isNull());
            if (step.doneAt.isNull())
                continue;
            ++dated;
            EXPECT_GT(step.doneAt.utcMs, previous) << "a later step was done on or before an "
                                                      "earlier one";
            EXPECT_GE(step.doneAt.utcMs, c.caseData.openedAt.utcMs);
            previous = step.doneAt.utcMs;
        }
    }
    EXPECT_GE(dated, 7);
}
