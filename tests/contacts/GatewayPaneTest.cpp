#include "ui/contacts/GatewayPane.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "tests/contacts/DemoContactsFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/LoadStateStack.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/TextTableModel.h"
#include "ui/models/contacts/ContactPageModel.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"
#include "ui/models/ledger/TrackRecordModel.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

class GatewayPaneTest : public testing::DemoContactsFixture
{
protected:
    QUndoStack stack;
};

TEST_F(GatewayPaneTest, BookmarkWithCtrlGFindItInTheListThenUndo)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    pane.resize(900, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    auto *gateways = pane.gatewayModel();
    EXPECT_EQ(gateways->rowCount(), 3);

    // Find Gary in the contacts list by typing, and click him.
    auto *filter = pane.findChild<QLineEdit *>();
    ASSERT_NE(filter, nullptr);
    QTest::keyClicks(filter, QStringLiteral("Pruitt"));
    auto *contacts = pane.contactsView();
    ASSERT_EQ(contacts->model()->rowCount(), 1);
    const QModelIndex gary = contacts->model()->index(0, 0);
    contacts->scrollTo(gary);
    QTest::mouseClick(contacts->viewport(), Qt::LeftButton, {},
                      contacts->visualRect(gary).center());
    const RowId garyId = contactNamed("Gary Pruitt");
    ASSERT_EQ(pane.selectedContact(), garyId);
    EXPECT_FALSE(pane.gatewayAction()->isChecked());

    QTest::keyClick(contacts, Qt::Key_G, Qt::ControlModifier);
    EXPECT_TRUE(ws->contacts().get(garyId)->isGateway);
    ASSERT_EQ(gateways->rowCount(), 4);
    EXPECT_GE(gateways->rowOf(garyId), 0);
    EXPECT_TRUE(pane.gatewayAction()->isChecked());
    EXPECT_EQ(pane.gatewayView()->currentIndex().data(models::ContactIdRole).toLongLong(), garyId)
        << "the new gateway is selected in the list";
    EXPECT_EQ(stack.count(), 1);

    stack.undo();
    EXPECT_EQ(gateways->rowCount(), 3);
    EXPECT_EQ(gateways->rowOf(garyId), -1);
    EXPECT_FALSE(ws->contacts().get(garyId)->isGateway);
    EXPECT_FALSE(pane.gatewayAction()->isChecked());
}

TEST_F(GatewayPaneTest, ClickingTheStarInTheContactsListTogglesTheBookmark)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    pane.resize(900, 600);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    auto *view = pane.contactsView();
    const RowId tanya = contactNamed("Tanya Brooks");
    const int row = pane.searchModel()->rowOf(tanya);
    ASSERT_GE(row, 0);
    const QModelIndex star = pane.searchModel()->index(row, models::ContactSearchModel::Gateway);
    EXPECT_EQ(star.data().toString(), QStringLiteral("☆"));
    view->scrollTo(star);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(star).center());
    EXPECT_TRUE(ws->contacts().get(tanya)->isGateway);
    EXPECT_GE(pane.gatewayModel()->rowOf(tanya), 0);
    QCoreApplication::processEvents(); // the search list reloads on the next turn
    const QModelIndex starAfter = pane.searchModel()->index(pane.searchModel()->rowOf(tanya),
                                                            models::ContactSearchModel::Gateway);
    EXPECT_EQ(starAfter.data().toString(), QStringLiteral("★"));
    // Clicking a name selects without toggling.
    const QModelIndex name = pane.searchModel()->index(starAfter.row(), 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(name).center());
    EXPECT_TRUE(ws->contacts().get(tanya)->isGateway);
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(GatewayPaneTest, ActionsFromAGatewayEmitTheContact)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    pane.ensureLoaded(); // not shown: nothing else reads the lists
    QSignalSpy call(&pane, &ui::GatewayPane::startCallWith);
    QSignalSpy newCase(&pane, &ui::GatewayPane::newCaseThrough);
    EXPECT_FALSE(pane.startCallAction()->isEnabled()) << "nothing selected yet";
    pane.gatewayView()->setCurrentIndex(pane.gatewayModel()->index(1, 0));
    const RowId naomi = contactNamed("Naomi Park");
    ASSERT_EQ(pane.selectedContact(), naomi);
    pane.startCallAction()->trigger();
    pane.newCaseAction()->trigger();
    ASSERT_EQ(call.count(), 1);
    EXPECT_EQ(call.first().first().toLongLong(), naomi);
    ASSERT_EQ(newCase.count(), 1);
    EXPECT_EQ(newCase.first().first().toLongLong(), naomi);

    // The star removes the bookmark from a gateway too.
    pane.gatewayAction()->trigger();
    EXPECT_FALSE(ws->contacts().get(naomi)->isGateway);
    EXPECT_EQ(pane.gatewayModel()->rowCount(), 2);
}

TEST_F(GatewayPaneTest, ContactPageShowsHistoryAndCommitmentsKeptOrBroken)
{
    ui::ContactHistoryWidget page(*ws, stack, reporter);
    page.setContactId(contactNamed("Kevin Hale"));
    EXPECT_GE(page.historyView()->model()->rowCount(), 1);
    const QStringList statuses =
        column(*page.commitmentsView()->model(), models::ContactPageModel::Status);
    EXPECT_TRUE(statuses.contains(QStringLiteral("✗ Broken"))) << statuses.join(',').toStdString();
    EXPECT_TRUE(page.trackRecordText().contains(QStringLiteral("Track record")));

    page.resize(900, 640);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    if (qEnvironmentVariableIsSet("LEVERAGE_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR") +
                         QStringLiteral("/contact-page.png"));

    page.setContactId(contactNamed("Helen Voss"));
    EXPECT_TRUE(column(*page.commitmentsView()->model(), models::ContactPageModel::Status)
                    .contains(QStringLiteral("✓ Kept")));

    // The page's star goes through the undo stack like the pane's.
    const RowId kevin = contactNamed("Kevin Hale");
    page.setContactId(kevin);
    auto *star = page.findChild<QPushButton *>();
    ASSERT_NE(star, nullptr);
    EXPECT_FALSE(star->isChecked());
    star->click();
    EXPECT_TRUE(ws->contacts().get(kevin)->isGateway);
    EXPECT_TRUE(star->isChecked());
    ASSERT_EQ(stack.count(), 1);
    stack.undo();
    EXPECT_FALSE(ws->contacts().get(kevin)->isGateway);
    QCoreApplication::processEvents(); // the page refreshes on the next turn
    EXPECT_FALSE(star->isChecked());
}

TEST_F(GatewayPaneTest, AFailedReadOfEitherListSaysSoWithRetry)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    testing::hideTable(*ws, QStringLiteral("contacts"));
    pane.ensureLoaded();
    EXPECT_TRUE(pane.gatewayModel()->loadFailed());
    EXPECT_TRUE(pane.searchModel()->loadFailed());
    EXPECT_TRUE(pane.gatewayStates()->showsFailure());
    EXPECT_TRUE(pane.contactStates()->showsFailure());
    EXPECT_EQ(pane.gatewayStates()->failureState()->text(),
              pane.gatewayModel()->loadFailureReason());
    ASSERT_EQ(reporter.messages().size(), 2);
    EXPECT_TRUE(
        reporter.messages().at(0).startsWith(QStringLiteral("Could not read the gateways")));
    EXPECT_TRUE(
        reporter.messages().at(1).startsWith(QStringLiteral("Could not read the contacts")));

    testing::showTable(*ws, QStringLiteral("contacts"));
    pane.gatewayStates()->failureState()->button()->click(); // Retry reads both lists
    EXPECT_FALSE(pane.gatewayStates()->showsFailure());
    EXPECT_FALSE(pane.contactStates()->showsFailure());
    EXPECT_EQ(pane.gatewayModel()->rowCount(), 3);
    EXPECT_GT(pane.searchModel()->rowCount(), 3);
}

TEST_F(GatewayPaneTest, ContactPageThatCannotBeReadIsNotAContactWithNoHistory)
{
    ui::ContactPagePane pane(*ws, stack, reporter);
    const RowId kevin = contactNamed("Kevin Hale");
    testing::hideTable(*ws, QStringLiteral("timeline_entries"));
    pane.setContactId(kevin);
    auto *history = pane.history();
    EXPECT_TRUE(history->page()->loadFailed());
    EXPECT_TRUE(history->loadStates()->showsFailure());
    EXPECT_EQ(history->page()->history()->rowCount(), 0);
    EXPECT_FALSE(reporter.messages().isEmpty());
    EXPECT_TRUE(
        reporter.messages().at(0).startsWith(QStringLiteral("Could not read this contact's page")))
        << reporter.messages().at(0).toStdString();

    testing::showTable(*ws, QStringLiteral("timeline_entries"));
    history->loadStates()->failureState()->button()->click();
    EXPECT_FALSE(history->loadStates()->showsFailure());
    EXPECT_GE(history->page()->history()->rowCount(), 1);
    EXPECT_TRUE(pane.trackRecords()
                    ->text(models::TrackRecordModel::Person)
                    .startsWith(QStringLiteral("Kevin Hale — ")));
}

// The picture in the README: the gateway pane on the demo workspace.
TEST_F(GatewayPaneTest, Screenshot)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    pane.resize(1100, 620);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    pane.setSelectedContact(contactNamed("Helen Voss"));
    QCoreApplication::processEvents();
    const QImage image = pane.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1100 * image.devicePixelRatio());
    const QString dir = qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR", QDir::tempPath());
    EXPECT_TRUE(image.save(dir + QStringLiteral("/gateways.png")));
}

} // namespace
} // namespace leverage
