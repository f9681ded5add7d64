#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/contacts/DemoContactsFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"
#include "ui/models/contacts/commands/ToggleGatewayCommand.h"
#include "ui/models/undo/UndoPusher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

class ContactsModelTest : public testing::DemoContactsFixture
{
};

TEST_F(ContactsModelTest, GatewayListFollowsTheFlagThroughUndoAndRedo)
{
    models::GatewayListModel model(*ws);
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(column(model),
              (QStringList{QStringLiteral("Helen Voss"), QStringLiteral("Naomi Park"),
                           QStringLiteral("Priya Nandakumar")}));
    EXPECT_EQ(model.index(0, models::GatewayListModel::Organization).data().toString(),
              QStringLiteral("Atlas Airways"));
    EXPECT_FALSE(model.index(0, models::GatewayListModel::Rules).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, 0).data(models::LastContactRole).toDateTime().isValid());

    const RowId gary = contactNamed("Gary Pruitt");
    ASSERT_GT(gary, 0);
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true))
                    .isOk());
    EXPECT_EQ(stack.count(), 1);
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOf(gary), 0) << "sorted by name";
    EXPECT_EQ(model.index(model.rowOf(gary), 0).data(models::ContactIdRole).toLongLong(), gary);

    stack.undo();
    EXPECT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.rowOf(gary), -1);
    EXPECT_FALSE(ws->contacts().get(gary)->isGateway);
    stack.redo();
    EXPECT_EQ(model.rowOf(gary), 0);

    // A rename moves the row; an organization rename changes the cell.
    auto helen = ws->contacts().get(contactNamed("Helen Voss"));
    helen->name = QStringLiteral("Zelda Voss");
    ASSERT_TRUE(ws->contacts().update(*helen).isOk());
    EXPECT_EQ(column(model).last(), QStringLiteral("Zelda Voss"));
    auto atlas = ws->organizations().get(helen->organizationId);
    atlas->name = QStringLiteral("Atlas Air Lines");
    ASSERT_TRUE(ws->organizations().update(*atlas).isOk());
    EXPECT_EQ(model.index(model.rowOf(helen->meta.id), models::GatewayListModel::Organization)
                  .data()
                  .toString(),
              QStringLiteral("Atlas Air Lines"));
}

TEST_F(ContactsModelTest, GatewayListReadsNothingUntilLoadedAndThenShowsTheFlagsSetMeanwhile)
{
    models::GatewayListModel model(*ws);
    EXPECT_FALSE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 0);
    const RowId gary = contactNamed("Gary Pruitt");
    ASSERT_GT(gary, 0);
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true))
                    .isOk());
    EXPECT_EQ(model.rowCount(), 0);
    model.ensureLoaded();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOf(gary), 0);
}

TEST_F(ContactsModelTest, AGatewayToggledBackLeavesNoUndoStep)
{
    const RowId gary = contactNamed("Gary Pruitt");
    ASSERT_GT(gary, 0);
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    models::UndoPusher pusher(stack, reporter);
    ASSERT_TRUE(pusher.push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true)));
    ASSERT_TRUE(pusher.push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, false)));
    EXPECT_EQ(stack.count(), 0) << "set and cleared again: nothing to undo";
    EXPECT_FALSE(ws->contacts().get(gary)->isGateway);

    const RowId other = contactNamed("Helen Voss");
    ASSERT_TRUE(pusher.push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true)));
    ASSERT_TRUE(pusher.push(std::make_unique<models::ToggleGatewayCommand>(*ws, other, false)));
    EXPECT_EQ(stack.count(), 2) << "two people: two steps";
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ContactsModelTest, AFailedGatewayUndoIsDroppedAndReported)
{
    const RowId gary = contactNamed("Gary Pruitt");
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true)));
    ASSERT_TRUE(ws->contacts().remove(gary)); // behind the stack's back
    stack.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(reporter.last().startsWith(
        QStringLiteral("“Bookmark Gary Pruitt as a gateway” could not be undone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(ContactsModelTest, TrackRecordUpdatesWhenAnEntryIsRated)
{
    models::GatewayListModel model(*ws);
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RowId naomi = contactNamed("Naomi Park");
    const int row = model.rowOf(naomi);
    ASSERT_GE(row, 0);
    auto entries = ws->timeline().forContact(naomi);
    ASSERT_TRUE(entries.isOk());
    ASSERT_GE(entries->size(), 1);
    // Rate two of her entries very helpful and add one more: "can-do, go-to".
    for (auto entry : *entries) {
        entry.helpfulness = 5;
        ASSERT_TRUE(ws->timeline().update(entry).isOk());
    }
    TimelineEntry extra = entries->first();
    extra.meta = {};
    extra.helpfulness = 4;
    ASSERT_TRUE(ws->timeline().add(extra).isOk());
    EXPECT_EQ(model.index(row, 0).data(models::VerdictRole).toString(), QStringLiteral("can-do"));
    EXPECT_EQ(model.index(row, models::GatewayListModel::TrackRecord).data().toString(),
              QStringLiteral("Can-do, go-to"));
}

TEST_F(ContactsModelTest, SearchFiltersAndSortsByLastContact)
{
    models::ContactSearchModel model(*ws);
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int all = model.rowCount();
    EXPECT_EQ(all, ws->contacts().count().value());
    QDateTime previous;
    bool seenNever = false;
    for (int row = 0; row < all; ++row) {
        const auto last = model.index(row, 0).data(models::LastContactRole).toDateTime();
        if (!last.isValid()) {
            seenNever = true;
            continue;
        }
        EXPECT_FALSE(seenNever) << "never-contacted people come last";
        if (previous.isValid()) {
            EXPECT_LE(last, previous) << "most recent first";
        }
        previous = last;
    }

    model.setFilterText(QStringLiteral("supervisor")); // by position
    EXPECT_GE(model.rowCount(), 3);
    for (int row = 0; row < model.rowCount(); ++row)
        EXPECT_TRUE(model.index(row, models::ContactSearchModel::Position)
                        .data()
                        .toString()
                        .contains(QStringLiteral("Supervisor")));
    model.setFilterText(QStringLiteral("meridian")); // by organization, any case
    EXPECT_EQ(model.rowCount(), 3);
    model.setGatewaysOnly(true);
    EXPECT_EQ(column(model), QStringList{QStringLiteral("Priya Nandakumar")});
    EXPECT_EQ(model.index(0, models::ContactSearchModel::Gateway).data().toString(),
              QStringLiteral("★"));
    model.setFilterText(QStringLiteral("100%_")); // LIKE wildcards are plain text
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilterText({});
    EXPECT_EQ(model.rowCount(), 3);

    // Changes arrive through the workspace's signals, batched per event-loop turn.
    const RowId gary = contactNamed("Gary Pruitt");
    QUndoStack stack;
    ASSERT_TRUE(models::UndoPusher(stack, reporter)
                    .push(std::make_unique<models::ToggleGatewayCommand>(*ws, gary, true))
                    .isOk());
    EXPECT_EQ(model.rowCount(), 3) << "not yet: the reload waits for the event loop";
    QTest::qWait(0);
    QCoreApplication::processEvents();
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_GE(model.rowOf(gary), 0);
}

TEST_F(ContactsModelTest, GatewayListAndSearchSayWhenTheyCouldNotRead)
{
    testing::RecordingErrorReporter reporter;
    models::GatewayListModel gateways(*ws);
    models::ContactSearchModel search(*ws);
    gateways.setErrorReporter(&reporter);
    search.setErrorReporter(&reporter);
    QAbstractItemModelTester gatewayTester(&gateways,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester searchTester(&search,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    testing::hideTable(*ws, QStringLiteral("contacts"));
    gateways.ensureLoaded();
    search.ensureLoaded();
    EXPECT_TRUE(gateways.loadFailed());
    EXPECT_TRUE(search.loadFailed());
    EXPECT_EQ(gateways.rowCount(), 0);
    EXPECT_EQ(search.rowCount(), 0);
    EXPECT_EQ(reporter.messages(), (QStringList{gateways.loadError(), search.loadError()}));

    testing::showTable(*ws, QStringLiteral("contacts"));
    search.setFilterText(QStringLiteral("Helen")); // any new search reads again
    EXPECT_TRUE(search.isLoaded());
    EXPECT_EQ(column(search), QStringList{QStringLiteral("Helen Voss")});
    gateways.ensureLoaded();
    EXPECT_TRUE(gateways.isLoaded());
    EXPECT_EQ(gateways.rowCount(), 3);
}

TEST_F(ContactsModelTest, GatewayListDoesNotShowAPartialListWhenARecordCannotBeRead)
{
    models::GatewayListModel model(*ws);
    testing::hideTable(*ws, QStringLiteral("entry_participants"));
    model.ensureLoaded();
    EXPECT_TRUE(model.loadFailed());
    EXPECT_EQ(model.rowCount(), 0);
}

} // namespace
} // namespace leverage
