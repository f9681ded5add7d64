#include "ui/ledger/LedgerPane.h"
#include "tests/ledger/FakeLedgerPrompts.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/LoadStateStack.h"
#include "ui/ledger/TrackRecordLabel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/ledger/LedgerFilterModel.h"
#include "ui/models/ledger/LedgerModel.h"

#include <QApplication>
#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace leverage;
using namespace leverage::ui;
using leverage::testing::FakeLedgerPrompts;
using leverage::testing::LedgerFixture;
using leverage::testing::RecordingErrorReporter;

namespace {

class LedgerPaneTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        northwind = addOrganization(QStringLiteral("Northwind"));
        dana = addContact(QStringLiteral("Dana Whit"), northwind, QStringLiteral("Team lead"));
        caseId = addCase(QStringLiteral("Dishwasher"), northwind);
        refund = addCommitment(caseId, dana, QStringLiteral("File the refund"), inHours(-5));
        addCommitment(caseId, dana, QStringLiteral("Send the form"), inHours(-50),
                      CommitmentStatus::Kept);
        addCommitment(caseId, dana, QStringLiteral("Call back"), inHours(30));
    }
    // A second organization with one promise, due in ten days.
    void addFastFreightPromise()
    {
        const auto other = addOrganization(QStringLiteral("Fast Freight"));
        const auto sam = addContact(QStringLiteral("Sam"), other);
        const auto parcel = addCase(QStringLiteral("Parcel"), other);
        addCommitment(parcel, sam, QStringLiteral("Redeliver"), inHours(24 * 10));
    }
    // The pane on screen with the scripted prompts, as the window shows it.
    void showPane(LedgerPane &pane)
    {
        pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
        pane.setErrorReporter(&reporter);
        pane.resize(1100, 400);
        pane.show();
        QApplication::setActiveWindow(&pane);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&pane));
    }
    QPushButton *button(QWidget &pane, const QString &textStart)
    {
        for (auto *b : pane.findChildren<QPushButton *>())
            if (b->text().remove(QLatin1Char('&')).startsWith(textStart))
                return b;
        ADD_FAILURE() << "no button " << textStart.toStdString();
        return nullptr;
    }

    RowId northwind = 0, dana = 0, caseId = 0, refund = 0;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    FakeLedgerPrompts::Script script;
};

} // namespace

TEST_F(LedgerPaneTest, MarkingBrokenChangesTheOrganizationsTrackRecord)
{
    LedgerPane pane(ws.get(), stack, reporter);
    showPane(pane);
    if (HasFatalFailure())
        return;

    ASSERT_TRUE(pane.selectCommitment(refund));
    EXPECT_EQ(pane.selectedCommitment(), refund);
    const QString before = pane.organizationRecord()->text();
    EXPECT_EQ(
        before,
        QStringLiteral("Northwind — Promises: 3 made, 1 kept, 0 broken, 2 pending — 100 % kept"));
    auto *broken = button(pane, QStringLiteral("Mark broken"));
    ASSERT_NE(broken, nullptr);
    ASSERT_TRUE(broken->isEnabled());

    script.note = QStringLiteral("Claims has no record of it");
    QTest::mouseClick(broken, Qt::LeftButton);

    EXPECT_EQ(
        pane.organizationRecord()->text(),
        QStringLiteral("Northwind — Promises: 3 made, 1 kept, 1 broken, 1 pending — 50 % kept"));
    EXPECT_TRUE(pane.personRecord()->text().startsWith(QStringLiteral("Dana Whit — ")));
    auto stored = ws->commitments().get(refund);
    EXPECT_EQ(stored->status, CommitmentStatus::Broken);
    EXPECT_EQ(stored->statusNote, QStringLiteral("Claims has no record of it"));
    // The follow-up to chase it was offered and added; both edits can be undone.
    EXPECT_TRUE(script.asked.contains(QStringLiteral("File the refund")));
    auto open = ws->followUps().open();
    ASSERT_EQ(open->size(), 1);
    EXPECT_EQ(open->first().commitmentId, refund);
    EXPECT_EQ(stack.count(), 2);
    EXPECT_FALSE(broken->isEnabled()); // no longer pending
    stack.undo();
    stack.undo();
    EXPECT_EQ(pane.organizationRecord()->text(), before);
    EXPECT_TRUE(reporter.messages().isEmpty());
}

TEST_F(LedgerPaneTest, EscalatingAfterABrokenPromiseAsksTheWindow)
{
    LedgerPane pane(ws.get(), stack, reporter);
    pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
    script.afterBroken = FakeLedgerPrompts::BrokenPromiseAction::Escalate;
    QSignalSpy escalate(&pane, &LedgerPane::escalateRequested);
    ASSERT_TRUE(pane.selectCommitment(refund));
    pane.markBroken();
    ASSERT_EQ(escalate.count(), 1);
    EXPECT_EQ(escalate.at(0).at(0).value<RowId>(), caseId);
    EXPECT_EQ(escalate.at(0).at(1).value<RowId>(), refund);
    EXPECT_TRUE(ws->followUps().open()->isEmpty());
    EXPECT_EQ(stack.count(), 1);
}

TEST_F(LedgerPaneTest, CancellingTheNoteChangesNothing)
{
    LedgerPane pane(ws.get(), stack, reporter);
    pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
    script.note.reset();
    ASSERT_TRUE(pane.selectCommitment(refund));
    pane.markKept();
    EXPECT_EQ(ws->commitments().get(refund)->status, CommitmentStatus::Pending);
    EXPECT_EQ(stack.count(), 0);
}

TEST_F(LedgerPaneTest, FilterBarNarrowsTheTable)
{
    addFastFreightPromise();
    LedgerPane pane(ws.get(), stack, reporter);
    pane.ensureLoaded(); // not shown: nothing else reads the ledger
    EXPECT_EQ(pane.view()->model()->rowCount(), 4);
    auto boxes = pane.findChildren<QComboBox *>();
    ASSERT_EQ(boxes.size(), 4);
    auto *due = boxes[0];
    auto *organization = boxes[1];
    due->setCurrentIndex(due->findText(QStringLiteral("Overdue")));
    EXPECT_EQ(pane.view()->model()->rowCount(), 1);
    due->setCurrentIndex(0);
    organization->setCurrentIndex(organization->findText(QStringLiteral("Fast Freight")));
    ASSERT_EQ(pane.view()->model()->rowCount(), 1);
    EXPECT_EQ(pane.view()->model()->index(0, models::LedgerModel::What).data(),
              QStringLiteral("Redeliver"));
    // Selecting a hidden promise clears the filters to show it.
    EXPECT_TRUE(pane.selectCommitment(refund));
    EXPECT_EQ(pane.view()->model()->rowCount(), 4);

    QSignalSpy open(&pane, &LedgerPane::openCase);
    Q_EMIT pane.view()->activated(pane.view()->currentIndex());
    ASSERT_EQ(open.count(), 1);
    EXPECT_EQ(open.at(0).at(0).value<RowId>(), caseId);
}

TEST_F(LedgerPaneTest, RenamingAnOrganizationUpdatesItsFilterChoiceAndRecord)
{
    LedgerPane pane(ws.get(), stack, reporter);
    ASSERT_TRUE(pane.selectCommitment(refund));
    auto *organization = pane.findChildren<QComboBox *>().at(1);
    organization->setCurrentIndex(organization->findText(QStringLiteral("Northwind")));
    auto org = ws->organizations().get(northwind);
    org->name = QStringLiteral("Northwind Appliances");
    ASSERT_TRUE(ws->organizations().update(*org));
    EXPECT_EQ(organization->currentText(), QStringLiteral("Northwind Appliances"));
    EXPECT_EQ(pane.view()->model()->rowCount(), 3); // the filter still holds
    EXPECT_TRUE(
        pane.organizationRecord()->text().startsWith(QStringLiteral("Northwind Appliances — ")));
}

TEST_F(LedgerPaneTest, SaysWhyNoPromisesAreShown)
{
    addFastFreightPromise();
    LedgerPane pane(ws.get(), stack, reporter);
    pane.ensureLoaded();
    auto *empty = pane.loadStates()->emptyState();
    EXPECT_FALSE(empty->isVisibleTo(&pane)) << "promises are listed";
    EXPECT_TRUE(pane.view()->isVisibleTo(&pane));

    // Filters that together hide every promise: the pane says so and how to see them.
    auto boxes = pane.findChildren<QComboBox *>();
    ASSERT_EQ(boxes.size(), 4);
    boxes[0]->setCurrentIndex(boxes[0]->findText(QStringLiteral("Overdue")));
    boxes[1]->setCurrentIndex(boxes[1]->findText(QStringLiteral("Fast Freight")));
    ASSERT_EQ(pane.view()->model()->rowCount(), 0);
    EXPECT_TRUE(empty->isVisibleTo(&pane));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("4 promises in all")))
        << empty->text().toStdString();
    boxes[0]->setCurrentIndex(0);
    EXPECT_FALSE(empty->isVisibleTo(&pane));

    // Nothing promised at all: what a promise is and how to record one.
    boxes[1]->setCurrentIndex(0);
    for (const auto &commitment : *ws->commitments().all())
        ASSERT_TRUE(ws->commitments().remove(commitment.meta.id));
    EXPECT_TRUE(empty->isVisibleTo(&pane));
    EXPECT_TRUE(empty->text().contains(QStringLiteral("record it as a commitment")))
        << empty->text().toStdString();
}

TEST_F(LedgerPaneTest, AFailedReadIsNotNoPromisesYet)
{
    LedgerPane pane(ws.get(), stack, reporter);
    leverage::testing::hideTable(ws.get(), QStringLiteral("commitments"));
    pane.ensureLoaded();

    EXPECT_TRUE(pane.model()->loadFailed());
    auto *states = pane.loadStates();
    ASSERT_TRUE(states->showsFailure());
    EXPECT_FALSE(states->emptyState()->isVisibleTo(&pane)) << "never \"No promises yet\"";
    EXPECT_TRUE(states->failureState()->isVisibleTo(&pane));
    EXPECT_FALSE(states->failureState()->text().isEmpty());
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(reporter.messages().at(0).startsWith(QStringLiteral("Could not read the promises: ")))
        << reporter.messages().at(0).toStdString();

    // Read again while the table is still gone: the same failure, not a second message.
    pane.model()->reload();
    EXPECT_TRUE(states->showsFailure());
    EXPECT_EQ(reporter.messages().size(), 1);

    leverage::testing::showTable(ws.get(), QStringLiteral("commitments"));
    states->failureState()->button()->click(); // Retry
    EXPECT_FALSE(states->showsFailure());
    EXPECT_EQ(pane.view()->model()->rowCount(), 3);
    EXPECT_TRUE(pane.view()->isVisibleTo(&pane));
}

TEST_F(LedgerPaneTest, DatesReadAsEveryOtherPaneWritesThem)
{
    LedgerPane pane(ws.get(), stack, reporter);
    pane.ensureLoaded();
    const int row = pane.model()->rowOf(refund);
    ASSERT_GE(row, 0);
    const auto &commitment = pane.model()->commitmentAt(row);
    const QString made =
        pane.model()->index(row, models::LedgerModel::Made).data().toString();
    EXPECT_EQ(made, models::shortDateTime(commitment.madeAt));
    EXPECT_FALSE(made.contains(QLatin1Char('-'))) << made.toStdString() << ": not ISO";
    EXPECT_TRUE(pane.model()
                    ->index(row, models::LedgerModel::Due)
                    .data()
                    .toString()
                    .startsWith(models::shortDateTime(commitment.dueAt)));
}

TEST_F(LedgerPaneTest, TabbingOntoARowIsEnoughForMarkKept)
{
    LedgerPane pane(ws.get(), stack, reporter);
    showPane(pane);
    if (HasFatalFailure())
        return;
    auto *due = pane.findChildren<QComboBox *>().value(0);
    ASSERT_NE(due, nullptr);
    due->setCurrentIndex(due->findText(QStringLiteral("Overdue"))); // the refund alone
    auto *kept = button(pane, QStringLiteral("Mark kept"));
    ASSERT_NE(kept, nullptr);
    EXPECT_FALSE(kept->isEnabled()) << "no row is current yet";

    // Tab onto the table from the field before it: the row under the cursor is current, not
    // selected (that took Space). No other key, no click.
    QWidget *before = pane.view()->previousInFocusChain();
    while (!(before->focusPolicy() & Qt::TabFocus))
        before = before->previousInFocusChain();
    before->setFocus(Qt::TabFocusReason);
    QTest::keyClick(before, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), pane.view());
    EXPECT_EQ(pane.selectedCommitment(), refund) << "the current row is what the buttons act on";
    ASSERT_TRUE(kept->isEnabled());
    kept->setFocus(Qt::TabFocusReason);
    QTest::keyClick(kept, Qt::Key_Space);
    EXPECT_EQ(ws->commitments().get(refund)->status, CommitmentStatus::Kept);
}
