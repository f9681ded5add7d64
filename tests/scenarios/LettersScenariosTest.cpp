// Letters (issue 18) on the real window with the keyboard alone: a letter written from a
// demo case, typed into, marked as sent; checked in the store.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/models/letters/LetterDraftSaver.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QTest>

namespace leverage::testing {
namespace {

using LettersScenarios = Scenario;

// Scenario: "the supervisor never called back: I write a firm complaint, add a line, post it
// by recorded delivery, and the case waits for an answer by the deadline".
TEST_F(LettersScenarios, AFirmComplaintIsWrittenTypedIntoAndPosted)
{
    // Given the demo workspace, and the MRI claim open
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("MRI claim denied as \"not pre-authorised\"");
    whenIOpenTheCase(title);
    const RowId mri = caseTitled(title);
    LetterRepository letters(store());
    const auto before = *letters.count(mri);
    const auto entriesBefore = *store().timeline().count(mri);

    // When I write a new letter: a complaint, in a firm tone, to Carl Jensen
    whenIPressAndThenInTheDialog(kNewLetter, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_T));
        whenIPress(QKeySequence(Qt::Key_Down)); // Firm
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_O));
        whenIType(QStringLiteral("Carl")); // the person, found by typing
        whenIPress(kSubmit);
    });
    // Then the letter opens in its editor, the cursor in the text
    ui::LetterEditor *editor = nullptr;
    for (auto *widget : QApplication::topLevelWidgets())
        if (auto *found = qobject_cast<ui::LetterEditor *>(widget); found && found->isVisible())
            editor = found;
    ASSERT_NE(editor, nullptr) << "no letter editor opened";
    // The steps give the main window its activation back after a dialog; a window manager
    // then activates the window just mapped, the editor, as it did on the real desktop.
    // (After the window system's own activation events of the closed dialog have come.)
    QTest::qWait(200);
    editor->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(editor));
    QTest::qWait(200);
    ASSERT_TRUE(editor->isActiveWindow());
    ASSERT_EQ(focusWidget(), editor->textEdit())
        << (focusWidget() ? focusWidget()->metaObject()->className() : "none");
    EXPECT_EQ(*letters.count(mri), before + 1);

    // When I add a line, it is saved with the case a moment after I stop typing
    whenIType(QStringLiteral(" Please call me before noon."));
    QTest::qWait(models::LetterDraftSaver::kDelayMs + 500);
    auto draft = letters.get(editor->letterId());
    ASSERT_TRUE(draft);
    EXPECT_EQ(draft->kind, LetterKind::Complaint);
    EXPECT_EQ(draft->tone, LetterTone::Firm);
    EXPECT_TRUE(draft->body.contains(QStringLiteral("Please call me before noon.")));
    EXPECT_TRUE(draft->body.contains(QStringLiteral("Dear Carl Jensen,")));

    // And I mark it as sent by post, with the tracking number
    whenIPressAndThenInTheDialog(kMarkSent, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_T));
        whenIType(QStringLiteral("RR 1234 5678 US"));
        whenIPress(kSubmit);
    });
    const RowId letterId = editor->letterId();
    whenIPress(QKeySequence(Qt::Key_Escape)); // closes the editor

    // Then the letter is sent, on the timeline with its text, and a follow-up waits for the
    // answer at the deadline
    auto sent = letters.get(letterId);
    ASSERT_TRUE(sent);
    EXPECT_TRUE(sent->isSent());
    EXPECT_EQ(sent->channel, LetterChannel::Post);
    EXPECT_EQ(sent->trackingNumber, QStringLiteral("RR 1234 5678 US"));
    EXPECT_EQ(*store().timeline().count(mri), entriesBefore + 1);
    auto entry = store().timeline().get(sent->entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(entry->channel, Channel::Letter);
    EXPECT_EQ(entry->personName, QStringLiteral("Carl Jensen"));
    EXPECT_TRUE(entry->notes.contains(QStringLiteral("Please call me before noon.")));
    auto followUp = store().followUps().get(sent->followUpId);
    ASSERT_TRUE(followUp);
    EXPECT_EQ(followUp->what, QStringLiteral("No answer by 16 March 2026 → escalate to State "
                                             "Department of Insurance"));

    // When I undo in the main window, the letter is a draft again and the entry is gone
    whenIPress(QKeySequence::Undo);
    EXPECT_FALSE(letters.get(letterId)->isSent());
    EXPECT_EQ(*store().timeline().count(mri), entriesBefore);
    EXPECT_FALSE(store().followUps().get(followUp->meta.id));
}

} // namespace
} // namespace leverage::testing
