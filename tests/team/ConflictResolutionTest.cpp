// Two people save the same entry of a team workspace: the second save meets the row-version
// check and the person sees both versions and who saved theirs, then chooses. Two real
// connections to one throw-away server, the colleague under a login of her own.
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "tests/team/Colleague.h"
#include "ui/models/undo/ConflictResolver.h"
#include "ui/models/undo/EditCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::Conflict;
using leverage::models::ConflictResolver;
using leverage::testing::PostgresServer;

namespace {

class AnsweringResolver final : public ConflictResolver
{
public:
    Choice answer = Choice::Cancel;
    QList<Conflict> asked;
    Choice resolve(const Conflict &conflict) override
    {
        asked << conflict;
        return answer;
    }
};

class ConflictResolutionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(PostgresServer::instance().isRunning());
        Case c;
        c.title = QStringLiteral("Lost bag on flight 212");
        c.desiredOutcome = QStringLiteral("Refund of the bag");
        ASSERT_TRUE(me->cases().add(c));
        caseId = c.meta.id;
        ana = leverage::testing::openAsColleague(me.get(), QStringLiteral("rosa"));
        ASSERT_TRUE(ana);
        ConflictResolver::install(&resolver);
    }
    void TearDown() override { ConflictResolver::install(nullptr); }

    // I open the case, Ana saves her version meanwhile, then I save mine.
    Status bothSave()
    {
        auto mine = me->cases().get(caseId);
        auto hers = ana->cases().get(caseId);
        EXPECT_TRUE(mine && hers);
        hers->title = QStringLiteral("Lost bag, flight 212 (Ana)");
        hers->desiredOutcome = QStringLiteral("Refund and the $50 voucher");
        EXPECT_TRUE(ana->cases().update(*hers));
        mine->title = QStringLiteral("Lost bag on flight 212, refund asked");
        return models::UndoPusher(stack, reporter)
            .push(std::make_unique<models::EditCommand<Case>>(me.get(), *mine));
    }

    QString storedTitle() { return me->cases().get(caseId)->title; }

    leverage::testing::TestWorkspace me{leverage::testing::Engine::Postgres};
    std::unique_ptr<Workspace> ana;
    AnsweringResolver resolver;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    RowId caseId = 0;
};

} // namespace

TEST_F(ConflictResolutionTest, ThePersonSeesBothVersionsAndWhoSavedTheirs)
{
    resolver.answer = ConflictResolver::Choice::Cancel;
    const auto status = bothSave();
    EXPECT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Conflict);
    ASSERT_EQ(resolver.asked.size(), 1);
    const auto &conflict = resolver.asked.first();
    EXPECT_EQ(conflict.theirsBy, QStringLiteral("rosa"));
    EXPECT_EQ(conflict.item, QStringLiteral("Lost bag, flight 212 (Ana)"));
    EXPECT_GT(conflict.theirsAtMs, 0);
    // The fields that differ, each with both versions; the rest is not shown.
    ASSERT_EQ(conflict.fields.size(), 2);
    EXPECT_EQ(conflict.fields.at(0).label, QStringLiteral("Title"));
    EXPECT_EQ(conflict.fields.at(0).mine, QStringLiteral("Lost bag on flight 212, refund asked"));
    EXPECT_EQ(conflict.fields.at(0).theirs, QStringLiteral("Lost bag, flight 212 (Ana)"));
    EXPECT_EQ(conflict.fields.at(1).mine, QStringLiteral("Refund of the bag"));
    EXPECT_EQ(conflict.fields.at(1).theirs, QStringLiteral("Refund and the $50 voucher"));
    // Cancel saved nothing: Ana's version stands, and nothing went on the undo stack; the
    // editor says so and what its buttons do now (not "reload it").
    EXPECT_TRUE(status.message().startsWith(QStringLiteral("Nothing was saved.")))
        << status.message().toStdString();
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag, flight 212 (Ana)"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ConflictResolutionTest, KeepMineSavesOverTheirsAndUndoBringsTheirsBack)
{
    resolver.answer = ConflictResolver::Choice::KeepMine;
    ASSERT_TRUE(bothSave());
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag on flight 212, refund asked"));
    // Only what I changed is mine: the version I kept is my whole dialog, as I saw it.
    EXPECT_EQ(me->cases().get(caseId)->desiredOutcome, QStringLiteral("Refund of the bag"));
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag, flight 212 (Ana)"));
    EXPECT_EQ(reporter.count(), 0) << reporter.last().toStdString();
    // Ana's connection reads what was kept.
    stack.redo();
    EXPECT_EQ(ana->cases().get(caseId)->title,
              QStringLiteral("Lost bag on flight 212, refund asked"));
}

TEST_F(ConflictResolutionTest, TakeTheirsDropsMineAndSaysSo)
{
    resolver.answer = ConflictResolver::Choice::TakeTheirs;
    const auto status = bothSave();
    EXPECT_FALSE(status);
    EXPECT_TRUE(status.message().contains(QStringLiteral("colleague's version was kept")))
        << status.message().toStdString();
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag, flight 212 (Ana)"));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ConflictResolutionTest, AnEntryConflictShowsItsFieldsToo)
{
    TimelineEntry e;
    e.caseId = caseId;
    e.occurredAt = Instant::fromDateTime(me.clock().now());
    e.summary = QStringLiteral("Called the airline");
    ASSERT_TRUE(me->timeline().add(e));
    auto hers = ana->timeline().get(e.meta.id);
    ASSERT_TRUE(hers);
    hers->notes = QStringLiteral("They promised a call back by Friday.");
    ASSERT_TRUE(ana->timeline().update(*hers));
    e.notes = QStringLiteral("No answer after 40 minutes.");
    resolver.answer = ConflictResolver::Choice::KeepMine;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::EditCommand<TimelineEntry>>(me.get(), e)));
    ASSERT_EQ(resolver.asked.size(), 1);
    ASSERT_EQ(resolver.asked.first().fields.size(), 1);
    EXPECT_EQ(resolver.asked.first().fields.first().theirs,
              QStringLiteral("They promised a call back by Friday."));
    EXPECT_EQ(me->timeline().get(e.meta.id)->notes, QStringLiteral("No answer after 40 minutes."));
}

TEST_F(ConflictResolutionTest, WithoutAResolverTheSaveIsRefusedAsBefore)
{
    ConflictResolver::install(nullptr);
    const auto status = bothSave();
    EXPECT_FALSE(status);
    EXPECT_TRUE(status.message().contains(QStringLiteral("changed or removed elsewhere")));
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag, flight 212 (Ana)"));
}

// The case dialog saves inside a larger write (the case, where it is, who may see it): the
// choice is asked before anything is written, so keeping mine commits with the rest.
TEST_F(ConflictResolutionTest, KeepMineInsideALargerWriteCommitsWithIt)
{
    resolver.answer = ConflictResolver::Choice::KeepMine;
    WriteTransaction outer(me.get());
    ASSERT_TRUE(outer.status());
    ASSERT_TRUE(bothSave());
    ASSERT_TRUE(outer.commit());
    EXPECT_EQ(storedTitle(), QStringLiteral("Lost bag on flight 212, refund asked"));
}

// A promise and a contact show what differs field by field, as a case and an entry do.
TEST_F(ConflictResolutionTest, APromiseAndAContactConflictShowTheirFieldsToo)
{
    Commitment promise;
    promise.caseId = caseId;
    promise.what = QStringLiteral("Refund within 7 days");
    promise.madeByName = QStringLiteral("Kim at the desk");
    promise.madeAt = Instant::fromDateTime(me.clock().now());
    ASSERT_TRUE(me->commitments().add(promise));
    auto hers = ana->commitments().get(promise.meta.id);
    ASSERT_TRUE(hers);
    hers->statusNote = QStringLiteral("Kim says the refund is on its way.");
    ASSERT_TRUE(ana->commitments().update(*hers));
    promise.what = QStringLiteral("Refund and voucher within 7 days");
    resolver.answer = ConflictResolver::Choice::TakeTheirs;
    EXPECT_FALSE(models::UndoPusher(stack, reporter)
                     .push(std::make_unique<models::EditCommand<Commitment>>(me.get(), promise)));
    ASSERT_EQ(resolver.asked.size(), 1);
    const auto &promiseFields = resolver.asked.first().fields;
    ASSERT_EQ(promiseFields.size(), 2);
    EXPECT_EQ(promiseFields.at(0).mine, QStringLiteral("Refund and voucher within 7 days"));
    EXPECT_EQ(promiseFields.at(0).theirs, QStringLiteral("Refund within 7 days"));
    EXPECT_EQ(promiseFields.at(1).theirs, QStringLiteral("Kim says the refund is on its way."));
    EXPECT_EQ(resolver.asked.first().theirsBy, QStringLiteral("rosa"));

    Contact kim;
    kim.name = QStringLiteral("Kim Lee");
    kim.directLine = QStringLiteral("555-0100");
    ASSERT_TRUE(me->contacts().add(kim));
    auto herKim = ana->contacts().get(kim.meta.id);
    ASSERT_TRUE(herKim);
    herKim->directLine = QStringLiteral("555-0199");
    ASSERT_TRUE(ana->contacts().update(*herKim));
    kim.position = QStringLiteral("Refunds supervisor");
    resolver.answer = ConflictResolver::Choice::KeepMine;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::EditCommand<Contact>>(me.get(), kim)));
    ASSERT_EQ(resolver.asked.size(), 2);
    const auto &contactFields = resolver.asked.last().fields;
    ASSERT_EQ(contactFields.size(), 2);
    EXPECT_EQ(contactFields.at(0).theirs, QString()); // position: empty in hers
    EXPECT_EQ(contactFields.at(0).mine, QStringLiteral("Refunds supervisor"));
    EXPECT_EQ(contactFields.at(1).mine, QStringLiteral("555-0100"));
    EXPECT_EQ(contactFields.at(1).theirs, QStringLiteral("555-0199"));
    EXPECT_EQ(me->contacts().get(kim.meta.id)->directLine, QStringLiteral("555-0100"));
}
