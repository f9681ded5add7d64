// "Ana is on a call on this case": a call's presence seen from another connection, gone when
// the call ends, and gone by itself when the caller's client stops beating (a crash).
#include "core/store/CasePresence.h"
#include "core/store/CaseRepository.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"
#include "tests/team/Colleague.h"
#include "ui/models/team/CallPresence.h"

#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::PostgresServer;

namespace {

class CasePresenceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PostgresServer::instance().isRunning());
        Case c;
        c.title = QStringLiteral("Lost bag on flight 212");
        ASSERT_TRUE(me->cases().add(c));
        caseId = c.meta.id;
        ana = leverage::testing::openAsColleague(me.get(), QStringLiteral("rosa"));
        ASSERT_TRUE(ana);
    }

    leverage::testing::TestWorkspace me{leverage::testing::Engine::Postgres};
    std::unique_ptr<Workspace> ana;
    RowId caseId = 0;
};

} // namespace

TEST_F(CasePresenceTest, AColleaguesCallIsSeenUntilItEnds)
{
    EXPECT_EQ(models::onCallText(me.get(), caseId), QString());
    {
        models::CallPresence call(*ana);
        call.callStarted(caseId);
        EXPECT_EQ(*CasePresence(me.get()).othersOnCall(caseId),
                  QStringList{QStringLiteral("rosa")});
        EXPECT_EQ(models::onCallText(me.get(), caseId),
                  QStringLiteral("rosa is on a call on this case"));
        // Not to herself.
        EXPECT_TRUE(CasePresence(*ana).othersOnCall(caseId)->isEmpty());
        call.callStopped();
        EXPECT_EQ(models::onCallText(me.get(), caseId), QString());
        call.callStarted(caseId);
    } // the call's object goes: withdrawn
    EXPECT_TRUE(CasePresence(me.get()).othersOnCall(caseId)->isEmpty());
}

TEST_F(CasePresenceTest, ACrashedClientDropsOutOnceItsHeartbeatIsStale)
{
    ASSERT_TRUE(CasePresence(*ana).announce(caseId)); // and then nothing: the client is gone
    auto ben = leverage::testing::openAsColleague(me.get(), QStringLiteral("tom"));
    ASSERT_TRUE(ben);
    ASSERT_TRUE(CasePresence(*ben).announce(caseId));
    EXPECT_EQ(models::onCallText(me.get(), caseId),
              QStringLiteral("rosa and tom are on a call on this case"));
    me.clock().advance(CasePresence::kStaleMs / 2000);
    ASSERT_TRUE(CasePresence(*ben).announce(caseId)); // Ben's client still beats
    me.clock().advance(CasePresence::kStaleMs / 2000 + 1);
    EXPECT_EQ(*CasePresence(me.get()).othersOnCall(caseId), QStringList{QStringLiteral("tom")});
}

TEST_F(CasePresenceTest, AFileHasNoPresence)
{
    leverage::testing::TestWorkspace file{leverage::testing::Engine::Sqlite};
    Case c;
    c.title = QStringLiteral("Alone");
    ASSERT_TRUE(file->cases().add(c));
    models::CallPresence call(file.get());
    call.callStarted(c.meta.id);
    EXPECT_EQ(call.caseId(), 0);
    EXPECT_TRUE(CasePresence(file.get()).othersOnCall(c.meta.id)->isEmpty());
}
