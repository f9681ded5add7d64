#include "ui/escalation/EscalationPane.h"
#include "core/services/Clock.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/Workspace.h"
#include "tests/escalation/EscalationFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/escalation/EscalationStepDialog.h"
#include "ui/models/escalation/EscalationPathModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDragEnterEvent>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace leverage;
using leverage::models::EscalationPathModel;
using leverage::ui::EscalationPane;

namespace {

class EscalationPaneTest : public leverage::testing::EscalationFixture
{
protected:
    void SetUp() override
    {
        EscalationFixture::SetUp();
        addUsualPath();
        pane = std::make_unique<EscalationPane>(ws.get(), undo, reporter);
        pane->resize(420, 520);
        pane->setCaseId(caseId);
        pane->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(pane.get()));
    }
    void TearDown() override { pane.reset(); }

    QModelIndex row(int r) { return pane->model()->index(r); }

    // What a drag does to the view: enter, move over the target point, drop. QTest has no
    // drag API and QDrag::exec blocks, so these are the events the view would receive.
    bool dragOnto(QMimeData *data, const QPoint &position, Qt::DropActions actions,
                  QWidget *target = nullptr)
    {
        auto *viewport = target ? target : pane->view()->viewport();
        QDragEnterEvent enter(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        if (!enter.isAccepted())
            return false;
        QDragMoveEvent move(position, actions, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        if (!move.isAccepted())
            return false;
        QDropEvent drop(QPointF(position), actions, data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return drop.isAccepted();
    }
    QPoint upperPart(int r)
    {
        const auto rect = pane->view()->visualRect(row(r));
        return {rect.center().x(), rect.top() + 3};
    }
    QPoint lowerPart(int r)
    {
        const auto rect = pane->view()->visualRect(row(r));
        return {rect.center().x(), rect.bottom() - 3};
    }

    leverage::testing::RecordingErrorReporter reporter;

    QUndoStack undo;
    std::unique_ptr<EscalationPane> pane;
};

} // namespace

TEST_F(EscalationPaneTest, ViewIsSetUpForDraggingWithAVisibleDropIndicator)
{
    auto *view = pane->view();
    EXPECT_EQ(view->dragDropMode(), QAbstractItemView::DragDrop);
    EXPECT_EQ(view->defaultDropAction(), Qt::MoveAction);
    EXPECT_TRUE(view->showDropIndicator());
    EXPECT_TRUE(view->dragEnabled());
    EXPECT_EQ(view->flow(), QListView::TopToBottom);
}

TEST_F(EscalationPaneTest, DraggingAStepThroughTheViewReordersTheStore)
{
    std::unique_ptr<QMimeData> data(pane->model()->mimeData({row(3)}));
    ASSERT_TRUE(dragOnto(data.get(), upperPart(0), Qt::MoveAction));
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{executiveId, frontLineId, supervisorId, managerId}));
    EXPECT_EQ(undo.count(), 1);

    // Onto the lower half of the last step: to the bottom. Another step: an undo step of its own.
    data.reset(pane->model()->mimeData({row(1)}));
    ASSERT_TRUE(dragOnto(data.get(), lowerPart(3), Qt::MoveAction));
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{executiveId, supervisorId, managerId, frontLineId}));
    EXPECT_EQ(undo.count(), 2);
    undo.undo();
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{executiveId, frontLineId, supervisorId, managerId}));

    // The same step dragged back where it was: the two moves merge into no change at all.
    data.reset(pane->model()->mimeData({row(0)}));
    ASSERT_TRUE(dragOnto(data.get(), lowerPart(3), Qt::MoveAction));
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, supervisorId, managerId, executiveId}));
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(EscalationPaneTest, DraggingAStepOntoItselfChangesNothing)
{
    std::unique_ptr<QMimeData> data(pane->model()->mimeData({row(1)}));
    EXPECT_FALSE(dragOnto(data.get(), lowerPart(1), Qt::MoveAction));
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, supervisorId, managerId, executiveId}));
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(EscalationPaneTest, DroppingAContactAddsAStepForThatPerson)
{
    QMimeData contacts;
    contacts.setData(QStringLiteral("application/x-leverage-contact-ids"),
                     QByteArray::number(helenId));
    // The contacts pane may offer a move as well: the path copies, it never takes.
    ASSERT_TRUE(dragOnto(&contacts, upperPart(3), Qt::CopyAction | Qt::MoveAction));
    const auto ids = pathIds(caseId);
    ASSERT_EQ(ids.size(), 5);
    EXPECT_EQ(step(ids.at(3)).contactId, helenId);
    EXPECT_EQ(step(ids.at(3)).level, EscalationLevel::ExecutiveOffice);
}

TEST_F(EscalationPaneTest, ForeignDragIsRefused)
{
    QMimeData text;
    text.setText(QStringLiteral("hello"));
    EXPECT_FALSE(dragOnto(&text, upperPart(0), Qt::CopyAction | Qt::MoveAction));
    EXPECT_EQ(pathIds(caseId).size(), 4);
}

TEST_F(EscalationPaneTest, CtrlDownAndCtrlUpMoveTheSelectedStep)
{
    auto *view = pane->view();
    view->setFocus();
    view->selectionModel()->setCurrentIndex(row(1), QItemSelectionModel::ClearAndSelect);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, managerId, supervisorId, executiveId}));
    // The selection follows the step, so a second press moves it again.
    EXPECT_EQ(view->currentIndex().data(EscalationPathModel::IdRole).toLongLong(), supervisorId);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, managerId, executiveId, supervisorId}));
    EXPECT_FALSE(pane->moveDownAction()->isEnabled());
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, managerId, supervisorId, executiveId}));
    EXPECT_EQ(undo.count(), 1) << "moving the same step again merges into one undo step";
    undo.undo();
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, supervisorId, managerId, executiveId}));
}

TEST_F(EscalationPaneTest, FiveCtrlDownPressesAreOneUndoStep)
{
    auto *view = pane->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row(0)).center());
    ASSERT_EQ(view->currentIndex().data(EscalationPathModel::IdRole).toLongLong(), frontLineId);
    for (const auto key : {Qt::Key_Down, Qt::Key_Down, Qt::Key_Down, Qt::Key_Up, Qt::Key_Down})
        QTest::keyClick(view, key, Qt::ControlModifier);
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{supervisorId, managerId, executiveId, frontLineId}));
    ASSERT_EQ(undo.count(), 1);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Move escalation step"));
    undo.undo();
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{frontLineId, supervisorId, managerId, executiveId}));
    undo.redo();
    EXPECT_EQ(pathIds(caseId), (QList<RowId>{supervisorId, managerId, executiveId, frontLineId}));

    // Another step moved afterwards is a step of its own; one moved back where it was, none.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row(0)).center());
    ASSERT_EQ(view->currentIndex().data(EscalationPathModel::IdRole).toLongLong(), supervisorId);
    QTest::keyClick(view, Qt::Key_Down, Qt::ControlModifier);
    EXPECT_EQ(undo.count(), 2);
    QTest::keyClick(view, Qt::Key_Up, Qt::ControlModifier);
    EXPECT_EQ(undo.count(), 1) << "down and up again is no change to undo";
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(EscalationPaneTest, EscalateAsksThenClimbsAndSaysWhenNothingIsLeft)
{
    // The action opens the Escalate dialog (whom and how); accepting it as proposed climbs.
    QString asked;
    QTimer::singleShot(0, [&asked] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            asked = dialog->windowTitle();
            dialog->accept();
        }
    });
    pane->escalateAction()->trigger();
    EXPECT_EQ(asked, QStringLiteral("Escalate"));
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Current);
    EXPECT_EQ(step(supervisorId).status, EscalationStatus::Done);
    EXPECT_TRUE(pane->message().isEmpty());
    EXPECT_FALSE(pane->escalateAction()->isEnabled());
    // Disabled, and it says why.
    EXPECT_TRUE(pane->escalateAction()->toolTip().contains(QStringLiteral("Add a planned step")));
    // The model still refuses in words if asked anyway.
    const auto refusal = pane->model()->escalate();
    EXPECT_FALSE(refusal);
    EXPECT_TRUE(refusal.message().contains(QStringLiteral("Executive office")));
    EXPECT_EQ(undo.count(), 1);
}

TEST_F(EscalationPaneTest, EmptyPathOffersTheUsualClimb)
{
    pane->setCaseId(otherCaseId);
    auto *start = pane->findChild<QPushButton *>(QStringLiteral("startUsualClimb"));
    ASSERT_TRUE(start);
    EXPECT_TRUE(start->isVisible());
    EXPECT_FALSE(pane->view()->isVisible());
    QTest::mouseClick(start, Qt::LeftButton);
    EXPECT_EQ(pathIds(otherCaseId).size(), 6);
    EXPECT_TRUE(pane->view()->isVisible());
    undo.undo();
    EXPECT_TRUE(pathIds(otherCaseId).isEmpty());
    EXPECT_TRUE(start->isVisible());
}

TEST_F(EscalationPaneTest, ContactDroppedOnTheEmptyStateStartsThePath)
{
    pane->setCaseId(otherCaseId);
    auto *start = pane->findChild<QPushButton *>(QStringLiteral("startUsualClimb"));
    ASSERT_TRUE(start);
    auto *page = start->parentWidget();
    QMimeData contacts;
    contacts.setData(QStringLiteral("application/x-leverage-contact-ids"),
                     QByteArray::number(tanyaId) + "\n");
    ASSERT_TRUE(dragOnto(&contacts, page->rect().center(), Qt::CopyAction, page));
    ASSERT_EQ(pathIds(otherCaseId).size(), 1);
    EXPECT_EQ(step(pathIds(otherCaseId).first()).contactId, tanyaId);
    EXPECT_TRUE(pane->view()->isVisible());

    pane->setCaseId(caseId + otherCaseId + 100); // no such case: nothing is accepted
    EXPECT_FALSE(dragOnto(&contacts, page->rect().center(), Qt::CopyAction, page));
}

TEST_F(EscalationPaneTest, StepDialogKeepsWhatItIsGivenAndReadsWhatIsEntered)
{
    leverage::ui::EscalationStepDialog dialog(ws.get());
    auto given = step(supervisorId);
    given.targetDate = QDate(2026, 3, 20);
    given.note = QStringLiteral("Ask for the refunds queue");
    dialog.setStep(given);
    EXPECT_EQ(dialog.step(), given);

    auto *status = dialog.findChild<QComboBox *>(QStringLiteral("status"));
    auto *target = dialog.findChild<QComboBox *>(QStringLiteral("target"));
    auto *freeText = dialog.findChild<QLineEdit *>(QStringLiteral("freeText"));
    ASSERT_TRUE(status && target && freeText);
    EXPECT_FALSE(freeText->isEnabled()); // a contact is chosen
    status->setCurrentIndex(status->findData(int(EscalationStatus::Done)));
    target->setCurrentIndex(0);
    EXPECT_TRUE(freeText->isEnabled());
    freeText->setText(QStringLiteral("  Department of Transportation  "));
    const auto entered = dialog.step();
    EXPECT_EQ(entered.status, EscalationStatus::Done);
    EXPECT_EQ(entered.doneAt, Instant::fromDateTime(ws.clock().now()));
    EXPECT_EQ(entered.contactId, 0);
    EXPECT_EQ(entered.targetText, QStringLiteral("Department of Transportation"));
    EXPECT_EQ(entered.meta.id, supervisorId);
}

// Renders the pane on the demo's dishwasher case and checks the picture is not blank. With
// LEVERAGE_DEMO_WORKSPACE and LEVERAGE_ESCALATION_SCREENSHOT set it writes the docs' picture.
TEST(EscalationPaneScreenshot, GrabsTheDishwasherCase)
{
    QTemporaryDir dir;
    auto demo = qEnvironmentVariable("LEVERAGE_DEMO_WORKSPACE");
    auto out = qEnvironmentVariable("LEVERAGE_ESCALATION_SCREENSHOT");
    if (out.isEmpty())
        out = dir.filePath(QStringLiteral("escalation.png"));
    SystemClock clock;
    if (demo.isEmpty()) {
        demo = dir.filePath(QStringLiteral("demo.leverage"));
        auto fresh = Workspace::open(demo, clock);
        ASSERT_TRUE(fresh);
        ASSERT_TRUE(DemoWorkspaceBuilder(**fresh).build());
    }
    auto workspace = Workspace::open(demo, clock);
    ASSERT_TRUE(workspace) << workspace.message().toStdString();
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    EscalationPane pane(**workspace, undo, reporter);
    pane.resize(460, 480);
    pane.setCaseId(qEnvironmentVariableIntValue("LEVERAGE_SCREENSHOT_CASE") > 0
                       ? qEnvironmentVariableIntValue("LEVERAGE_SCREENSHOT_CASE")
                       : 2);
    pane.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&pane));
    const QImage picture = pane.grab().toImage();
    ASSERT_TRUE(picture.save(out));
    // Not blank: the pane drew text and frames in more than one colour.
    QSet<QRgb> colours;
    for (int y = 0; y < picture.height(); y += 4)
        for (int x = 0; x < picture.width(); x += 4)
            colours.insert(picture.pixel(x, y));
    EXPECT_GT(colours.size(), 3);
}
