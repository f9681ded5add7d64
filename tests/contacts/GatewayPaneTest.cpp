#include "ui/contacts/GatewayPane.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/models/contacts/ContactRoles.h"
#include "ui/models/contacts/ContactSearchModel.h"
#include "ui/models/contacts/GatewayListModel.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
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

class GatewayPaneTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(*ws).build().isOk()); }
    testing::TestWorkspace ws;
    leverage::testing::RecordingErrorReporter reporter;
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
    const RowId garyId = contactNamed(*ws, "Gary Pruitt");
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
    const RowId tanya = contactNamed(*ws, "Tanya Brooks");
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
    const RowId naomi = contactNamed(*ws, "Naomi Park");
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
    page.setContactId(contactNamed(*ws, "Kevin Hale"));
    EXPECT_GE(page.historyTree()->topLevelItemCount(), 1);
    QStringList statuses;
    for (int i = 0; i < page.commitmentsTree()->topLevelItemCount(); ++i)
        statuses << page.commitmentsTree()->topLevelItem(i)->text(1);
    EXPECT_TRUE(statuses.contains(QStringLiteral("✗ Broken"))) << statuses.join(',').toStdString();
    EXPECT_TRUE(page.trackRecordText().contains(QStringLiteral("Track record")));

    page.resize(900, 640);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    if (qEnvironmentVariableIsSet("LEVERAGE_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR") +
                         QStringLiteral("/contact-page.png"));

    page.setContactId(contactNamed(*ws, "Helen Voss"));
    bool kept = false;
    for (int i = 0; i < page.commitmentsTree()->topLevelItemCount(); ++i)
        kept = kept || page.commitmentsTree()->topLevelItem(i)->text(1) == QStringLiteral("✓ Kept");
    EXPECT_TRUE(kept);

    // The page's star goes through the undo stack like the pane's.
    const RowId kevin = contactNamed(*ws, "Kevin Hale");
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

// The picture in the README: the gateway pane on the demo workspace.
TEST_F(GatewayPaneTest, Screenshot)
{
    ui::GatewayPane pane(*ws, stack, reporter);
    pane.resize(1100, 620);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    pane.setSelectedContact(contactNamed(*ws, "Helen Voss"));
    QCoreApplication::processEvents();
    const QImage image = pane.grab().toImage();
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 1100 * image.devicePixelRatio());
    const QString dir = qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR", QDir::tempPath());
    EXPECT_TRUE(image.save(dir + QStringLiteral("/gateways.png")));
}

} // namespace
} // namespace leverage
