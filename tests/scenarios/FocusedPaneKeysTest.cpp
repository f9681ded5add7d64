// Delete, F2 and Enter act on the current item of the pane that holds the focus, never on an
// item of another pane: with an escalation step selected, Delete removes that step, not the
// whole case.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/Workspace.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LettersPane.h"
#include "ui/models/letters/LetterListModel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QListView>
#include <QMenu>
#include <QTableView>
#include <QTest>

namespace leverage::testing {
namespace {

using FocusedPaneKeys = Scenario;

TEST_F(FocusedPaneKeys, DeleteOnAnEscalationStepRemovesTheStepNotTheCase)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    const RowId hotel = m_real.window().currentCaseId();
    const auto before = store().escalation().forCase(hotel);
    ASSERT_TRUE(before);
    ASSERT_GE(before->size(), 2);

    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_4)); // the escalation path
    auto *pane = m_real.features().escalationPane();
    ASSERT_TRUE(pane->isAncestorOf(focusWidget()));
    whenIPress(QKeySequence(Qt::Key_Down)); // the first step, by the arrow key alone
    ASSERT_TRUE(pane->focusedItem().isValid()) << "the step under the cursor is the current item";
    whenIPress(QKeySequence(QKeySequence::Delete));

    EXPECT_TRUE(store().cases().get(hotel)) << "the case is still there";
    const auto after = store().escalation().forCase(hotel);
    ASSERT_TRUE(after);
    EXPECT_EQ(after->size(), before->size() - 1) << "one step went";

    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(store().escalation().forCase(hotel)->size(), before->size());
}

// Played on the real window: Letters, Clocks and Attachments had no Alt letter in the View menu
// (only the arrow keys reached them), and Delete in the letters list was a key of the list's own
// that clashed with the window's Delete. Now the menu gives every item a free letter, and the
// letters pane answers the window's Delete and F2 like the escalation path.
TEST_F(FocusedPaneKeys, TheViewMenuReachesTheLettersWhereDeleteRemovesADraftOnly)
{
    givenTheDemoWorkspace();
    const QString title = QStringLiteral("MRI claim denied as \"not pre-authorised\"");
    whenIOpenTheCase(title);
    const RowId mri = caseTitled(title);
    LetterRepository letters(store());
    // A draft beside the demo's sent letters: a complaint to Carl Jensen, closed unsent.
    whenIPressAndThenInTheDialog(kNewLetter, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_O));
        whenIType(QStringLiteral("Carl"));
        whenIPress(kSubmit);
    });
    for (auto *widget : QApplication::topLevelWidgets())
        if (auto *editor = qobject_cast<ui::LetterEditor *>(widget); editor && editor->isVisible())
            editor->close();
    const auto before = *letters.count(mri);

    // When I open the View menu, every item has its own Alt letter
    whenIPress(QKeySequence(Qt::ALT | Qt::Key_V));
    auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
    ASSERT_NE(menu, nullptr) << "Alt+V opens the View menu";
    QChar lettersKey;
    QSet<QChar> seen;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString text = action->text();
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        ASSERT_GE(at, 0) << text.toStdString() << " has no Alt letter";
        const QChar key = text[at + 1].toLower();
        EXPECT_FALSE(seen.contains(key)) << text.toStdString() << " shares its letter";
        seen.insert(key);
        if (action->objectName() == QLatin1String("goTo_lettersDock"))
            lettersKey = key;
    }
    ASSERT_FALSE(lettersKey.isNull());
    // And its letter takes me to the letters of the case
    QTest::keyClick(menu, lettersKey.toLatin1());
    ASSERT_TRUE(QTest::qWaitFor([] { return QApplication::activePopupWidget() == nullptr; }));
    auto *pane = m_real.window().findChild<ui::LettersPane *>();
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->isAncestorOf(focusWidget()); }));
    ASSERT_EQ(pane->model()->rowCount(), int(before));

    // Delete on a sent letter keeps it; on the draft removes it, and Undo brings it back
    int draftRow = -1;
    int sentRow = -1;
    for (int row = 0; row < pane->model()->rowCount(); ++row)
        (pane->model()->letterAt(row).isSent() ? sentRow : draftRow) = row;
    ASSERT_GE(draftRow, 0);
    ASSERT_GE(sentRow, 0);
    const auto goToRow = [this](int row) {
        whenIPress(QKeySequence(Qt::Key_Home));
        for (int i = 0; i < row; ++i)
            whenIPress(QKeySequence(Qt::Key_Down));
    };
    goToRow(sentRow);
    whenIPress(QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(*letters.count(mri), before) << "a sent letter is part of the record";
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);

    goToRow(draftRow);
    whenIPress(QKeySequence(QKeySequence::Delete));
    EXPECT_EQ(*letters.count(mri), before - 1);
    EXPECT_TRUE(store().cases().get(mri)) << "the case is still there";
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(*letters.count(mri), before);
}

} // namespace
} // namespace leverage::testing
