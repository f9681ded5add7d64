// Delete, F2 and Enter act on the current item of the pane that holds the focus, never on an
// item of another pane: with an escalation step selected, Delete removes that step, not the
// whole case.
#include "tests/scenarios/Scenario.h"

#include "app/FeatureWiring.h"
#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Workspace.h"
#include "ui/escalation/EscalationPane.h"
#include "ui/window/MainWindow.h"

#include <QListView>

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

} // namespace
} // namespace leverage::testing
