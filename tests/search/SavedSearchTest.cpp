// Saved searches (issue 20): kept in the workspace, saved, renamed and removed as one undo step
// each, and listed with live counts (QAbstractItemModelTester on the list).
#include "core/search/SearchService.h"
#include "core/store/CaseRepository.h"
#include "core/store/SavedSearches.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/search/SavedSearchCommand.h"
#include "ui/models/search/SavedSearchListModel.h"
#include "ui/models/undo/UndoPusher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using models::SavedSearchCommand;
using models::SavedSearchListModel;

namespace {

class SavedSearchTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Lost bag");
        ASSERT_TRUE(ws->cases().add(c));
        caseId = c.meta.id;
        addEntry(QStringLiteral("Refund asked"));
        addEntry(QStringLiteral("Refund promised"));
    }

    void addEntry(const QString &summary)
    {
        TimelineEntry e;
        e.caseId = caseId;
        e.occurredAt = Instant::fromDateTime(ws.clock().now());
        e.summary = summary;
        ASSERT_TRUE(ws->timeline().add(e));
    }

    QStringList names()
    {
        QStringList list;
        for (const auto &search : *SavedSearches::of(ws.get()).list())
            list << search.name;
        return list;
    }

    leverage::testing::TestWorkspace ws;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    RowId caseId = 0;
};

TEST_F(SavedSearchTest, SavingRenamingAndRemovingAreEachOneUndoStep)
{
    models::UndoPusher pusher(stack, reporter);
    auto save =
        SavedSearchCommand::save(ws.get(), QStringLiteral("Refunds"), QStringLiteral("refund"));
    auto *saved = save.get();
    ASSERT_TRUE(pusher.push(std::move(save)));
    const RowId id = saved->savedId();
    ASSERT_GT(id, 0);
    EXPECT_EQ(names(), QStringList{QStringLiteral("Refunds")});

    const auto stored = *SavedSearches::of(ws.get()).find(id);
    EXPECT_EQ(stored.query, QStringLiteral("refund"));
    ASSERT_TRUE(pusher.push(SavedSearchCommand::rename(ws.get(), stored, QStringLiteral("Money"))));
    EXPECT_EQ(names(), QStringList{QStringLiteral("Money")});
    ASSERT_TRUE(
        pusher.push(SavedSearchCommand::remove(ws.get(), *SavedSearches::of(ws.get()).find(id))));
    EXPECT_TRUE(names().isEmpty());

    stack.undo(); // the removal: back under its id
    EXPECT_EQ(names(), QStringList{QStringLiteral("Money")});
    EXPECT_EQ(SavedSearches::of(ws.get()).find(id)->query, QStringLiteral("refund"));
    stack.undo(); // the rename
    EXPECT_EQ(names(), QStringList{QStringLiteral("Refunds")});
    stack.undo(); // the save
    EXPECT_TRUE(names().isEmpty());
    stack.redo();
    stack.redo();
    stack.redo();
    EXPECT_TRUE(names().isEmpty());
    stack.undo();
    EXPECT_EQ(names(), QStringList{QStringLiteral("Money")});
    EXPECT_EQ(reporter.count(), 0) << reporter.last().toStdString();
}

TEST_F(SavedSearchTest, TheListCountsEachSearchAndFollowsTheWorkspace)
{
    search::SearchService counter(ws.path(), ws.clock());
    SavedSearchListModel model(ws.get(), counter);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    EXPECT_EQ(model.rowCount(), 0);

    QSignalSpy counted(&model, &SavedSearchListModel::counted);
    SavedSearch refunds;
    refunds.name = QStringLiteral("Refunds");
    refunds.query = QStringLiteral("refund");
    ASSERT_TRUE(SavedSearches::of(ws.get()).add(refunds));
    SavedSearch bad;
    bad.name = QStringLiteral("Broken query");
    bad.query = QStringLiteral("refund \"open");
    bad.position = 1;
    ASSERT_TRUE(SavedSearches::of(ws.get()).add(bad));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.isCounted() && model.rowCount() == 2; }, 5000));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Refunds (2)"));
    EXPECT_EQ(model.index(0).data(SavedSearchListModel::CountRole).toInt(), 2);
    // A query that no longer parses keeps its name, without a count.
    EXPECT_EQ(model.index(1).data().toString(), QStringLiteral("Broken query"));

    // A new entry with the word: the count follows, a moment later.
    addEntry(QStringLiteral("Refund arrived"));
    ASSERT_TRUE(QTest::qWaitFor([&] { return model.isCounted() && model.countAt(0) == 3; }, 5000));
    EXPECT_EQ(model.index(0).data().toString(), QStringLiteral("Refunds (3)"));
}

} // namespace
