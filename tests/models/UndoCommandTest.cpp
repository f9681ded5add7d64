#include "ui/models/undo/UndoCommand.h"
#include "core/store/CaseRepository.h"
#include "tests/models/RemovalFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/undo/UndoPusher.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QUndoStack>

using namespace leverage;
using leverage::models::UndoCommand;
using leverage::models::UndoPusher;
using leverage::models::WorkspaceEditor;
using leverage::testing::RecordingErrorReporter;

namespace {

// A command whose outcomes the test sets, counting how often each half ran.
class ScriptedCommand final : public UndoCommand
{
public:
    struct Script
    {
        Status redo;
        Status undo;
        int redos = 0;
        int undos = 0;
    };
    explicit ScriptedCommand(Script &script)
        : UndoCommand(QStringLiteral("Scripted")), m_script(script)
    {
    }

protected:
    Status doRedo() override
    {
        ++m_script.redos;
        return m_script.redo;
    }
    Status doUndo() override
    {
        ++m_script.undos;
        return m_script.undo;
    }

private:
    Script &m_script;
};

Error refused(const char *why)
{
    return Error{Error::Code::Conflict, QString::fromUtf8(why)};
}

class UndoPusherTest : public ::testing::Test
{
protected:
    RecordingErrorReporter reporter;
    QUndoStack stack;
    UndoPusher pusher{stack, reporter};
};

class UndoCommandEditTest : public leverage::testing::RemovalFixture
{
protected:
    Case storedCase() { return *ws->cases().get(dishwasher.meta.id); }

    RecordingErrorReporter reporter;
    QUndoStack stack;
    WorkspaceEditor editor{ws.get(), stack, reporter};
};

} // namespace

TEST_F(UndoPusherTest, TheFirstRedoRunsOnceAndOnlyASuccessReachesTheStack)
{
    ScriptedCommand::Script done;
    ASSERT_TRUE(pusher.push(std::make_unique<ScriptedCommand>(done)));
    EXPECT_EQ(done.redos, 1) << "the stack's own redo() in push() is skipped";
    EXPECT_EQ(stack.count(), 1);

    ScriptedCommand::Script refusedFirst{refused("The case was changed elsewhere."), {}};
    const auto status = pusher.push(std::make_unique<ScriptedCommand>(refusedFirst));
    EXPECT_EQ(status.message(), QStringLiteral("The case was changed elsewhere."));
    EXPECT_EQ(refusedFirst.redos, 1);
    EXPECT_EQ(stack.count(), 1) << "a refused edit never reaches the stack";
    EXPECT_EQ(reporter.count(), 0) << "its sentence went back to the caller instead";
}

TEST_F(UndoPusherTest, AFailedUndoDropsTheStepAndReportsIt)
{
    ScriptedCommand::Script below;
    ScriptedCommand::Script failing;
    ASSERT_TRUE(pusher.push(std::make_unique<ScriptedCommand>(below)));
    ASSERT_TRUE(pusher.push(std::make_unique<ScriptedCommand>(failing)));
    failing.undo = refused("That item no longer exists.");

    stack.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_EQ(reporter.last(),
              QStringLiteral("“Scripted” could not be undone: That item no longer exists."));
    EXPECT_EQ(stack.count(), 1) << "the failed step left the stack";
    EXPECT_FALSE(stack.canRedo());
    EXPECT_EQ(below.undos, 0) << "the step below was not touched";
    stack.undo();
    EXPECT_EQ(below.undos, 1);
    EXPECT_EQ(reporter.count(), 1);
}

TEST_F(UndoPusherTest, AFailedRedoDropsTheStepAndReportsIt)
{
    ScriptedCommand::Script failing;
    ASSERT_TRUE(pusher.push(std::make_unique<ScriptedCommand>(failing)));
    stack.undo();
    failing.redo = refused("The disk is full.");

    stack.redo();
    EXPECT_EQ(failing.redos, 2);
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_EQ(reporter.last(), QStringLiteral("“Scripted” could not be redone: The disk is full."));
    EXPECT_EQ(stack.count(), 0);
    EXPECT_FALSE(stack.canRedo());
    EXPECT_FALSE(stack.canUndo());
}

TEST_F(UndoCommandEditTest, ARowChangedBehindTheStacksBackFailsItsRedo)
{
    auto edited = storedCase();
    edited.title = QStringLiteral("Dishwasher: refund owed");
    ASSERT_TRUE(editor.updateCase(edited));
    stack.undo();
    ASSERT_TRUE(ws->cases().remove(dishwasher.meta.id)); // gone behind the stack's back
    stack.redo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_EQ(reporter.last(),
              QStringLiteral("“Edit Case” could not be redone: That item no longer exists."));
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(UndoCommandEditTest, TheSameFieldEditedTwiceInARowIsOneUndoStep)
{
    auto edited = storedCase();
    edited.title = QStringLiteral("Dishwashr");
    ASSERT_TRUE(editor.updateCase(edited));
    edited = storedCase();
    edited.title = QStringLiteral("Dishwasher, refund owed");
    ASSERT_TRUE(editor.updateCase(edited));
    EXPECT_EQ(stack.count(), 1) << "the typo fixed is part of the same edit";
    EXPECT_EQ(storedCase().title, QStringLiteral("Dishwasher, refund owed"));

    stack.undo();
    EXPECT_EQ(storedCase().title, dishwasher.title);
    stack.redo();
    EXPECT_EQ(storedCase().title, QStringLiteral("Dishwasher, refund owed"));
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(UndoCommandEditTest, OtherFieldsOrOtherRowsAreStepsOfTheirOwn)
{
    auto edited = storedCase();
    edited.title = QStringLiteral("Dishwasher, refund owed");
    ASSERT_TRUE(editor.updateCase(edited));
    edited = storedCase();
    edited.status = CaseStatus::Escalated;
    ASSERT_TRUE(editor.updateCase(edited));
    auto other = *ws->cases().get(parcel.meta.id);
    other.status = CaseStatus::Escalated;
    ASSERT_TRUE(editor.updateCase(other));
    EXPECT_EQ(stack.count(), 3);

    stack.undo();
    stack.undo();
    EXPECT_EQ(storedCase().status, dishwasher.status);
    EXPECT_EQ(storedCase().title, QStringLiteral("Dishwasher, refund owed"));
}

TEST_F(UndoCommandEditTest, AnEditTakenBackByTheNextLeavesNoStep)
{
    auto edited = storedCase();
    edited.title = QStringLiteral("Typo");
    ASSERT_TRUE(editor.updateCase(edited));
    edited = storedCase();
    edited.title = dishwasher.title;
    ASSERT_TRUE(editor.updateCase(edited));
    EXPECT_EQ(stack.count(), 0) << "back where it was: nothing to undo";
    EXPECT_EQ(storedCase().title, dishwasher.title);
}
