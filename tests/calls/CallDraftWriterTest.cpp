#include "core/store/CallDraftWriter.h"
#include "tests/calls/CallFixture.h"
#include "core/calls/CallSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace leverage;

namespace {

class CallDraftWriterTest : public ::testing::Test, protected leverage::testing::CallFixture
{
};

} // namespace

TEST_F(CallDraftWriterTest, WritesOnItsOwnThreadAndKeepsOnlyTheNewest)
{
    CallSession session(*ws);
    auto state = *session.start(theCase.meta.id);
    CallDraftWriter writer(ws->filePath());
    QSignalSpy saved(&writer, &CallDraftWriter::saved);
    for (int i = 1; i <= 50; ++i) {
        state.notes = QStringLiteral("version %1").arg(i);
        writer.save(state.draftId, state.caseId, session.payloadOf(state), ws->nowMs());
    }
    writer.flush(); // the spy hears the writer's thread directly, before flush returns
    // Queued saves of the same draft collapse: fewer writes than saves.
    EXPECT_GE(saved.count(), 1);
    EXPECT_LT(saved.count(), 50);
    EXPECT_EQ(saved.last().at(0).toLongLong(), state.draftId);
    auto drafts = session.drafts();
    ASSERT_TRUE(drafts);
    EXPECT_EQ(drafts->first().notes, QStringLiteral("version 50"));
}

TEST_F(CallDraftWriterTest, ASaveOfAMissingDraftFailsAndSaysSo)
{
    CallDraftWriter writer(ws->filePath());
    QSignalSpy failed(&writer, &CallDraftWriter::failed);
    writer.save(777, theCase.meta.id, QStringLiteral("{}"), ws->nowMs());
    writer.flush();
    ASSERT_EQ(failed.count(), 1);
    EXPECT_EQ(failed.first().at(0).toLongLong(), 777);
    EXPECT_FALSE(failed.first().at(1).toString().isEmpty());
}

TEST_F(CallDraftWriterTest, StoppingWritesWhatIsStillQueued)
{
    CallSession session(*ws);
    auto state = *session.start(theCase.meta.id);
    {
        CallDraftWriter writer(ws->filePath());
        state.notes = QStringLiteral("typed just before quitting");
        writer.save(state.draftId, state.caseId, session.payloadOf(state), ws->nowMs());
    }
    EXPECT_EQ(session.drafts()->first().notes, state.notes);
}
