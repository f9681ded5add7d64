#include "ui/models/escalation/EscalationPathModel.h"
#include "tests/escalation/EscalationFixture.h"
#include "tests/support/RecordingErrorReporter.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace leverage;
using leverage::models::EscalationPathModel;

namespace {

class EscalationPathModelTest : public leverage::testing::EscalationFixture
{
protected:
    void SetUp() override
    {
        EscalationFixture::SetUp();
        addUsualPath();
        model = std::make_unique<EscalationPathModel>(ws.get(), undo, reporter);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        model->setCaseId(caseId);
    }
    void TearDown() override
    {
        tester.reset();
        model.reset();
    }

    std::unique_ptr<QMimeData> dragOf(int row)
    {
        return std::unique_ptr<QMimeData>(model->mimeData({model->index(row)}));
    }
    bool drop(int fromRow, int toRow)
    {
        auto data = dragOf(fromRow);
        return model->dropMimeData(data.get(), Qt::MoveAction, toRow, 0, {});
    }
    QList<RowId> modelIds()
    {
        QList<RowId> ids;
        for (int row = 0; row < model->rowCount(); ++row)
            ids.append(model->data(model->index(row), EscalationPathModel::IdRole).toLongLong());
        return ids;
    }
    QList<RowId> original() { return {frontLineId, supervisorId, managerId, executiveId}; }
    // The store and the model agree on the order, and it is `expected`.
    void expectOrder(const QList<RowId> &expected)
    {
        EXPECT_EQ(pathIds(caseId), expected);
        EXPECT_EQ(modelIds(), expected);
    }

    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    std::unique_ptr<EscalationPathModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

} // namespace

TEST_F(EscalationPathModelTest, ShowsTheNumberedPathWithLevelTargetAndStatus)
{
    ASSERT_EQ(model->rowCount(), 4);
    EXPECT_EQ(model->index(1).data().toString(),
              QStringLiteral("2. Supervisor — Tanya Brooks (Refunds Supervisor)"));
    EXPECT_EQ(model->index(3).data().toString(), QStringLiteral("4. Executive office"));
    EXPECT_EQ(model->index(2).data(EscalationPathModel::TargetRole).toString(),
              QStringLiteral("Raymond Ortiz"));
    EXPECT_EQ(model->index(1).data(EscalationPathModel::StatusRole).toInt(),
              int(EscalationStatus::Current));
    EXPECT_TRUE(model->index(1).data(EscalationPathModel::IsCurrentRole).toBool());
    EXPECT_EQ(model->index(1).data(EscalationPathModel::IdRole).toLongLong(), supervisorId);
    EXPECT_EQ(EscalationPathModel::IdRole, Qt::UserRole + 1);
    EXPECT_EQ(model->currentRow(), 1);
    EXPECT_TRUE(model->flags(model->index(0)) & Qt::ItemIsDragEnabled);
    EXPECT_FALSE(model->flags(model->index(0)) & Qt::ItemIsDropEnabled);
    EXPECT_TRUE(model->flags({}) & Qt::ItemIsDropEnabled);
}

TEST_F(EscalationPathModelTest, DragCarriesTheCaseAndStableStepIds)
{
    auto data = dragOf(2);
    ASSERT_TRUE(data);
    EXPECT_EQ(model->mimeTypes(),
              (QStringList{QStringLiteral("application/x-leverage-escalation-step"),
                           QStringLiteral("application/x-leverage-contact-ids")}));
    const auto json = QJsonDocument::fromJson(
                          data->data(QStringLiteral("application/x-leverage-escalation-step")))
                          .object();
    EXPECT_EQ(json.value(QStringLiteral("caseId")).toString().toLongLong(), caseId);
    EXPECT_EQ(json.value(QStringLiteral("stepIds")).toVariant().toStringList(),
              QStringList{QString::number(managerId)});
}

TEST_F(EscalationPathModelTest, DropToTheTopUndoRedo)
{
    QPersistentModelIndex manager = model->index(2);
    QPersistentModelIndex moved = model->index(3);
    ASSERT_TRUE(drop(3, 0));
    expectOrder({executiveId, frontLineId, supervisorId, managerId});
    // Persistent indexes follow their steps, moved or not.
    EXPECT_EQ(manager.row(), 3);
    EXPECT_EQ(manager.data(EscalationPathModel::IdRole).toLongLong(), managerId);
    EXPECT_EQ(moved.row(), 0);
    EXPECT_EQ(model->index(0).data().toString(), QStringLiteral("1. Executive office"));
    ASSERT_EQ(undo.count(), 1);

    undo.undo();
    expectOrder(original());
    undo.redo();
    expectOrder({executiveId, frontLineId, supervisorId, managerId});
}

TEST_F(EscalationPathModelTest, DropToTheBottomUndoRedo)
{
    ASSERT_TRUE(drop(0, -1));
    expectOrder({supervisorId, managerId, executiveId, frontLineId});
    undo.undo();
    expectOrder(original());
    // Past the last row is the bottom too.
    ASSERT_TRUE(drop(1, model->rowCount()));
    expectOrder({frontLineId, managerId, executiveId, supervisorId});
    undo.undo();
    expectOrder(original());
    undo.redo();
    expectOrder({frontLineId, managerId, executiveId, supervisorId});
}

TEST_F(EscalationPathModelTest, DropDownwardsBetweenSteps)
{
    // Dropped between the manager and the executive office.
    ASSERT_TRUE(drop(0, 3));
    expectOrder({supervisorId, managerId, frontLineId, executiveId});
    undo.undo();
    expectOrder(original());
}

TEST_F(EscalationPathModelTest, DropOntoItselfOrItsNeighbourChangesNothing)
{
    EXPECT_FALSE(drop(1, 1));
    EXPECT_FALSE(drop(1, 2)); // just below itself: the same place
    expectOrder(original());
    EXPECT_EQ(undo.count(), 0);
    // Onto the neighbour above is a real move: a swap.
    ASSERT_TRUE(drop(1, 0));
    expectOrder({supervisorId, frontLineId, managerId, executiveId});
    undo.undo();
    expectOrder(original());
}

TEST_F(EscalationPathModelTest, StaleIdIsRefusedAndNothingChanges)
{
    auto data = dragOf(2);
    ASSERT_TRUE(ws->escalation().remove(managerId)); // removed while the drag was under way
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    expectOrder({frontLineId, supervisorId, executiveId});
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(EscalationPathModelTest, ForeignMimeTypeAndWrongActionAreRefused)
{
    QMimeData text;
    text.setText(QString::number(supervisorId));
    EXPECT_FALSE(model->canDropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(model->dropMimeData(&text, Qt::MoveAction, 0, 0, {}));
    QMimeData garbage;
    garbage.setData(QStringLiteral("application/x-leverage-escalation-step"), "not json");
    EXPECT_FALSE(model->dropMimeData(&garbage, Qt::MoveAction, 0, 0, {}));
    auto data = dragOf(0);
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::CopyAction, 3, 0, {}));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 3, 0, model->index(3)));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 9, 0, {}));
    expectOrder(original());
    EXPECT_EQ(undo.count(), 0);
}

TEST_F(EscalationPathModelTest, StepOfAnotherCaseIsRefused)
{
    const auto foreignStep = addStep(otherCaseId, EscalationLevel::Manager, helenId);
    EscalationPathModel other(ws.get(), undo, reporter);
    other.setCaseId(otherCaseId);
    std::unique_ptr<QMimeData> data(other.mimeData({other.index(0)}));
    EXPECT_FALSE(model->canDropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    EXPECT_FALSE(model->dropMimeData(data.get(), Qt::MoveAction, 0, 0, {}));
    expectOrder(original());
    EXPECT_EQ(pathIds(otherCaseId), QList<RowId>{foreignStep});
}

TEST_F(EscalationPathModelTest, DroppedContactsBecomeStepsUndoRedo)
{
    const auto atlasAgent = addContact(QStringLiteral("Jo Park"), QStringLiteral("Team Lead"));
    QMimeData contacts;
    contacts.setData(QStringLiteral("application/x-leverage-contact-ids"),
                     QByteArray::number(helenId) + "\n" + QByteArray::number(atlasAgent) + "\n");
    EXPECT_FALSE(model->canDropMimeData(&contacts, Qt::MoveAction, 1, 0, {}));
    ASSERT_TRUE(model->dropMimeData(&contacts, Qt::CopyAction, 1, 0, {}));
    ASSERT_EQ(model->rowCount(), 6);
    EXPECT_EQ(model->index(1).data().toString(),
              QStringLiteral("2. Executive office — Helen Voss (Director, Executive Customer "
                             "Relations)"));
    EXPECT_EQ(model->index(2).data(EscalationPathModel::LevelRole).toInt(),
              int(EscalationLevel::Supervisor));
    const auto added = modelIds().mid(1, 2);
    undo.undo();
    expectOrder(original());
    undo.redo();
    EXPECT_EQ(modelIds().mid(1, 2), added);
    EXPECT_EQ(pathIds(caseId), modelIds());

    QMimeData unknown;
    unknown.setData(QStringLiteral("application/x-leverage-contact-ids"), "987654\n");
    EXPECT_FALSE(model->dropMimeData(&unknown, Qt::CopyAction, 0, 0, {}));
}

TEST_F(EscalationPathModelTest, OrderSurvivesReopeningTheWorkspace)
{
    ASSERT_TRUE(drop(3, 1));
    const QList<RowId> moved{frontLineId, executiveId, supervisorId, managerId};
    expectOrder(moved);
    tester.reset();
    model.reset();
    ws.reopen();
    EXPECT_EQ(pathIds(caseId), moved);
    EscalationPathModel reopened(ws.get(), undo, reporter);
    reopened.setCaseId(caseId);
    EXPECT_EQ(reopened.index(1).data(EscalationPathModel::IdRole).toLongLong(), executiveId);
    undo.clear(); // its commands belonged to the closed workspace
}

TEST_F(EscalationPathModelTest, ConcurrentEditOfAnotherStepKeepsTheOrder)
{
    ASSERT_TRUE(drop(3, 0));
    auto manager = step(managerId);
    manager.note = QStringLiteral("Ask for the retention team");
    ASSERT_TRUE(ws->escalation().update(manager));
    expectOrder({executiveId, frontLineId, supervisorId, managerId});
    EXPECT_EQ(model->index(3).data(EscalationPathModel::NoteRole).toString(), manager.note);
}

TEST_F(EscalationPathModelTest, EscalateRemoveEditTemplateAndMarkCurrentUndoRedo)
{
    const auto entries = entryCount(caseId);
    ASSERT_TRUE(model->escalate());
    EXPECT_EQ(model->currentRow(), 3);
    EXPECT_EQ(entryCount(caseId), entries + 1);
    undo.undo();
    EXPECT_EQ(model->currentRow(), 1);
    EXPECT_EQ(entryCount(caseId), entries);
    undo.redo();
    EXPECT_EQ(model->currentRow(), 3);
    EXPECT_EQ(entryCount(caseId), entries + 1);

    ASSERT_TRUE(model->removeStep(supervisorId));
    expectOrder({frontLineId, managerId, executiveId});
    undo.undo();
    expectOrder(original());
    EXPECT_EQ(step(supervisorId).contactId, tanyaId);

    auto edited = step(managerId);
    edited.targetDate = QDate(2026, 3, 20);
    edited.note = QStringLiteral("Direct line x4471");
    ASSERT_TRUE(model->editStep(edited));
    EXPECT_EQ(model->index(2).data(EscalationPathModel::TargetDateRole).toDate(),
              QDate(2026, 3, 20));
    undo.undo();
    EXPECT_TRUE(step(managerId).targetDate.isNull());
    undo.redo();
    EXPECT_EQ(step(managerId).note, edited.note);

    ASSERT_TRUE(model->makeCurrent(frontLineId));
    EXPECT_EQ(model->currentRow(), 0);
    EXPECT_EQ(step(executiveId).status, EscalationStatus::Planned);
    undo.undo();
    EXPECT_EQ(model->currentRow(), 3);

    EXPECT_FALSE(model->applyTemplate(EscalationTemplate::UsualClimb)); // the path has steps
    model->setCaseId(otherCaseId);
    ASSERT_TRUE(model->applyTemplate(EscalationTemplate::UsualClimb));
    EXPECT_EQ(model->rowCount(), 6);
    const auto templateIds = modelIds();
    undo.undo();
    EXPECT_EQ(model->rowCount(), 0);
    undo.redo();
    EXPECT_EQ(modelIds(), templateIds);
}

TEST_F(EscalationPathModelTest, FailedUndoIsReportedAndDropped)
{
    ASSERT_TRUE(drop(3, 0));
    ASSERT_TRUE(ws->escalation().remove(executiveId)); // gone behind the stack's back
    undo.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_EQ(reporter.last(), QStringLiteral("“Move escalation step” could not be undone: "
                                              "That item no longer exists."));
    EXPECT_EQ(undo.count(), 0);
    expectOrder({frontLineId, supervisorId, managerId});
}

TEST_F(EscalationPathModelTest, FailedRedoIsReportedAndDropped)
{
    ASSERT_TRUE(model->removeStep(managerId));
    undo.undo();
    expectOrder(original());
    ASSERT_TRUE(ws->escalation().remove(managerId)); // removed again behind the stack's back
    undo.redo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(reporter.last().startsWith(
        QStringLiteral("“Remove escalation step” could not be redone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(undo.count(), 0);
    EXPECT_FALSE(undo.canRedo());
}

TEST_F(EscalationPathModelTest, MovesOfTheSameStepMergeAndOthersDoNot)
{
    for (int to = 1; to <= 3; ++to)
        ASSERT_TRUE(model->moveStep(frontLineId, to));
    ASSERT_TRUE(model->moveStep(frontLineId, 1));
    ASSERT_TRUE(model->moveStep(frontLineId, 2));
    expectOrder({supervisorId, managerId, frontLineId, executiveId});
    ASSERT_EQ(undo.count(), 1) << "five moves of one step";
    ASSERT_TRUE(model->moveStep(executiveId, 0));
    EXPECT_EQ(undo.count(), 2) << "another step";
    undo.undo();
    expectOrder({supervisorId, managerId, frontLineId, executiveId});
    undo.undo();
    expectOrder(original());
    undo.redo();
    expectOrder({supervisorId, managerId, frontLineId, executiveId});
}

TEST_F(EscalationPathModelTest, SeveralStepsMoveTogetherAsOneUndo)
{
    std::unique_ptr<QMimeData> data(model->mimeData({model->index(2), model->index(0)}));
    ASSERT_TRUE(model->dropMimeData(data.get(), Qt::MoveAction, -1, 0, {}));
    expectOrder({supervisorId, executiveId, frontLineId, managerId});
    ASSERT_EQ(undo.count(), 1);
    undo.undo();
    expectOrder(original());
    undo.redo();
    expectOrder({supervisorId, executiveId, frontLineId, managerId});
}

TEST_F(EscalationPathModelTest, EditFromACopyTakenBeforeAMoveKeepsTheNewOrder)
{
    auto stale = step(frontLineId); // read before the move: its position is 0
    ASSERT_TRUE(drop(0, -1));
    stale.note = QStringLiteral("Agent promised a callback");
    ASSERT_TRUE(model->editStep(stale));
    expectOrder({supervisorId, managerId, executiveId, frontLineId});
    EXPECT_EQ(step(frontLineId).note, stale.note);
    undo.undo();
    expectOrder({supervisorId, managerId, executiveId, frontLineId});
    EXPECT_TRUE(step(frontLineId).note.isEmpty());
}

TEST_F(EscalationPathModelTest, SecondViewOfTheSameCaseFollowsAMove)
{
    EscalationPathModel second(ws.get(), undo, reporter);
    QAbstractItemModelTester secondTester(&second,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    second.setCaseId(caseId);
    QPersistentModelIndex supervisor = second.index(1);
    ASSERT_TRUE(drop(1, -1));
    EXPECT_EQ(supervisor.row(), 3);
    EXPECT_EQ(second.index(3).data(EscalationPathModel::IdRole).toLongLong(), supervisorId);
    EXPECT_EQ(second.index(3).data().toString(),
              QStringLiteral("4. Supervisor — Tanya Brooks (Refunds Supervisor)"));
}
