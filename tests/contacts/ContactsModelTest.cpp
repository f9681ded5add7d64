#include "core/store/ContactQueries.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/TextTableModel.h"
#include "ui/models/contacts/ContactPageModel.h"
#include "ui/models/contacts/ContactRoles.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"
#include "ui/models/contacts/commands/ToggleGatewayCommand.h"
#include "core/contacts/ContactHistory.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "ui/models/common/LocalTimeText.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

RowId contactNamed(Workspace &ws, const char *name)
{
    ContactSearch search;
    search.text = QString::fromUtf8(name);
    auto rows = ContactQueries(ws).search(search);
    return rows && !rows->isEmpty() ? rows->first().id : 0;
}

QStringList names(const QAbstractItemModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row, 0).data().toString();
    return out;
}

class ContactsModelTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(*ws).build().isOk()); }
    testing::TestWorkspace ws;
};

TEST_F(ContactsModelTest, GatewayListFollowsTheFlagThroughUndoAndRedo)
{
    models::GatewayListModel model(*ws);
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(names(model), (QStringList{QStringLiteral("Helen Voss"), QStringLiteral("Naomi Park"),
                                         QStringLiteral("Priya Nandakumar")}));
    EXPECT_EQ(model.index(0, models::GatewayListModel::Organization).data().toString(),
              QStringLiteral("Atlas Airways"));
    EXPECT_FALSE(model.index(0, models::GatewayListModel::Rules).data().toString().isEmpty());
    EXPECT_TRUE(model.index(0, 0).data(models::LastContactRole).toDateTime().isValid());

    const RowId gary = contactNamed(*ws, "Gary Pruitt");
    ASSERT_GT(gary, 0);
    QUndoStack stack;
    ASSERT_TRUE(models::ToggleGatewayCommand::apply(stack, *ws, gary, true).isOk());
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
    auto helen = ws->contacts().get(contactNamed(*ws, "Helen Voss"));
    helen->name = QStringLiteral("Zelda Voss");
    ASSERT_TRUE(ws->contacts().update(*helen).isOk());
    EXPECT_EQ(names(model).last(), QStringLiteral("Zelda Voss"));
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
    const RowId gary = contactNamed(*ws, "Gary Pruitt");
    ASSERT_GT(gary, 0);
    QUndoStack stack;
    ASSERT_TRUE(models::ToggleGatewayCommand::apply(stack, *ws, gary, true).isOk());
    EXPECT_EQ(model.rowCount(), 0);
    model.ensureLoaded();
    EXPECT_TRUE(model.isLoaded());
    EXPECT_EQ(model.rowCount(), 4);
    EXPECT_EQ(model.rowOf(gary), 0);
}

TEST_F(ContactsModelTest, TrackRecordUpdatesWhenAnEntryIsRated)
{
    models::GatewayListModel model(*ws);
    model.ensureLoaded();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const RowId naomi = contactNamed(*ws, "Naomi Park");
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
    EXPECT_EQ(names(model), QStringList{QStringLiteral("Priya Nandakumar")});
    EXPECT_EQ(model.index(0, models::ContactSearchModel::Gateway).data().toString(),
              QStringLiteral("★"));
    model.setFilterText(QStringLiteral("100%_")); // LIKE wildcards are plain text
    EXPECT_EQ(model.rowCount(), 0);
    model.setFilterText({});
    EXPECT_EQ(model.rowCount(), 3);

    // Changes arrive through the workspace's signals, batched per event-loop turn.
    const RowId gary = contactNamed(*ws, "Gary Pruitt");
    QUndoStack stack;
    ASSERT_TRUE(models::ToggleGatewayCommand::apply(stack, *ws, gary, true).isOk());
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
    EXPECT_EQ(reporter.messages,
              (QStringList{gateways.loadError(), search.loadError()}));

    testing::showTable(*ws, QStringLiteral("contacts"));
    search.setFilterText(QStringLiteral("Helen")); // any new search reads again
    EXPECT_TRUE(search.isLoaded());
    EXPECT_EQ(names(search), QStringList{QStringLiteral("Helen Voss")});
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

TEST_F(ContactsModelTest, ContactPageAssemblesDetailsHistoryAndCommitments)
{
    models::ContactPageModel page(*ws);
    QAbstractItemModelTester details(page.details(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester history(page.history(),
                                     QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester commitments(page.commitments(),
                                         QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.title(), QStringLiteral("No contact selected"));
    EXPECT_EQ(page.loadState(), models::LoadState::NotLoaded);

    const RowId helen = contactNamed(*ws, "Helen Voss");
    page.setContactId(helen);
    ASSERT_TRUE(page.hasContact());
    EXPECT_TRUE(page.isLoaded());
    EXPECT_EQ(page.title(), QStringLiteral("Helen Voss"));
    EXPECT_TRUE(page.isGateway());
    EXPECT_GT(page.organizationId(), 0);
    const QStringList labels = [&] {
        QStringList out;
        for (int row = 0; row < page.details()->rowCount(); ++row)
            out << page.details()->text(row, 0);
        return out;
    }();
    EXPECT_TRUE(labels.contains(QStringLiteral("Organization:")));
    for (int row = 0; row < page.details()->rowCount(); ++row)
        EXPECT_FALSE(page.details()->text(row, 1).trimmed().isEmpty()) << "only filled details";
    EXPECT_TRUE(page.trackRecordText().startsWith(QStringLiteral("Track record: <b>")));

    // Every entry she took part in, newest first as the store gives them, with its case.
    auto entries = ContactHistory(*ws).entries(helen);
    ASSERT_TRUE(entries);
    ASSERT_EQ(page.history()->rowCount(), entries->size());
    ASSERT_FALSE(entries->isEmpty());
    const auto &first = entries->first();
    EXPECT_EQ(page.history()->index(0, models::ContactPageModel::When).data().toString(),
              models::shortDateTime(first.entry.occurredAt));
    EXPECT_EQ(page.history()->index(0, models::ContactPageModel::HistoryCase).data().toString(),
              first.caseTitle);
    EXPECT_EQ(page.history()->index(0, 0).data(models::IdRole).value<RowId>(),
              first.entry.meta.id);
    EXPECT_EQ(page.history()->index(0, 0).data(models::CaseIdRole).value<RowId>(),
              first.entry.caseId);
    auto promised = ContactHistory(*ws).commitments(helen);
    ASSERT_TRUE(promised);
    EXPECT_EQ(page.commitments()->rowCount(), promised->size());

    // A change to her is shown on the next turn of the event loop.
    auto contact = *ws->contacts().get(helen);
    contact.position = QStringLiteral("Head of customer relations");
    ASSERT_TRUE(ws->contacts().update(contact));
    QSignalSpy refreshed(&page, &models::ContactPageModel::refreshed);
    ASSERT_TRUE(refreshed.wait(1000));
    EXPECT_EQ(page.details()->text(0, 1), QStringLiteral("Head of customer relations"));

    // Removed: the page empties without calling it a failure.
    page.setContactId(0);
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.history()->rowCount(), 0);
    EXPECT_FALSE(page.loadFailed());
}

TEST_F(ContactsModelTest, ContactPageThatCannotBeReadSaysSo)
{
    testing::RecordingErrorReporter reporter;
    models::ContactPageModel page(*ws);
    page.setErrorReporter(&reporter);
    testing::hideTable(*ws, QStringLiteral("commitments"));
    page.setContactId(contactNamed(*ws, "Kevin Hale"));
    EXPECT_TRUE(page.loadFailed());
    EXPECT_FALSE(page.hasContact());
    EXPECT_EQ(page.history()->rowCount(), 0);
    EXPECT_EQ(page.commitments()->rowCount(), 0);
    ASSERT_EQ(reporter.messages.size(), 1);
    EXPECT_EQ(reporter.messages.at(0), page.loadError());
}

} // namespace
} // namespace leverage
