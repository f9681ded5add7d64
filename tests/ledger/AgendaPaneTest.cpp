#include "ui/ledger/AgendaPane.h"
#include "tests/ledger/FakeLedgerPrompts.h"
#include "tests/ledger/LedgerFixture.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/LoadStateStack.h"
#include "ui/models/ledger/AgendaModel.h"

#include <QPushButton>

#include <QApplication>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace leverage;
using namespace leverage::ui;
using leverage::testing::FakeLedgerPrompts;
using leverage::testing::LedgerFixture;
using leverage::testing::RecordingErrorReporter;

namespace {

class AgendaPaneTest : public LedgerFixture
{
protected:
    void SetUp() override
    {
        org = addOrganization(QStringLiteral("Northwind"));
        dana = addContact(QStringLiteral("Dana"), org);
        caseId = addCase(QStringLiteral("Dishwasher"), org);
        late = addFollowUp(caseId, QStringLiteral("Call the depot"), inHours(-2), dana);
        week = addFollowUp(caseId, QStringLiteral("Send letter"), inHours(50));
    }
    RowId org = 0, dana = 0, caseId = 0, late = 0, week = 0;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    FakeLedgerPrompts::Script script;
};

} // namespace

TEST_F(AgendaPaneTest, DoneAndSnoozeActOnTheSelection)
{
    AgendaPane pane(ws.get(), stack, reporter);
    pane.ensureLoaded(); // not shown: nothing else reads the follow-ups
    pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
    pane.setErrorReporter(&reporter);
    auto *model = pane.model();
    EXPECT_TRUE(pane.view()->isExpanded(model->index(0, 0)));
    ASSERT_TRUE(pane.selectFollowUp(late));

    pane.snoozeOneHour();
    EXPECT_EQ(ws->followUps().get(late)->snoozedUntil.utcMs, inHours(1).utcMs);
    // Moved to "today", still selected, tree still open.
    EXPECT_EQ(model->indexOf(late).parent().row(), 2); // after "due now"
    EXPECT_EQ(pane.selectedFollowUp(), late);
    EXPECT_TRUE(pane.view()->isExpanded(model->index(2, 0)));

    pane.snoozeUntilTomorrow();
    const auto until = ws->followUps().get(late)->snoozedUntil.toDateTime();
    EXPECT_EQ(until.date(), QDate(2026, 3, 3));
    EXPECT_EQ(until.time(), QTime(9, 0));

    pane.markDone();
    EXPECT_TRUE(ws->followUps().get(late)->isDone());
    EXPECT_EQ(pane.selectedFollowUp(), 0);
    // Snoozed twice in a row: one undo step; then done: another.
    EXPECT_EQ(stack.count(), 2);
    EXPECT_TRUE(reporter.messages().isEmpty());
    stack.undo();
    stack.undo();
    EXPECT_TRUE(ws->followUps().get(late)->snoozedUntil.isNull());
    EXPECT_FALSE(ws->followUps().get(late)->isDone());
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(AgendaPaneTest, ActivatingARowOpensItsCaseOrPerson)
{
    AgendaPane pane(ws.get(), stack, reporter);
    pane.ensureLoaded();
    QSignalSpy cases(&pane, &AgendaPane::openCase);
    QSignalSpy people(&pane, &AgendaPane::openContact);
    const auto index = pane.model()->indexOf(late);
    Q_EMIT pane.view()->activated(index);
    ASSERT_EQ(cases.count(), 1);
    EXPECT_EQ(cases.at(0).at(0).value<RowId>(), caseId);
    Q_EMIT pane.view()->activated(
        pane.model()->index(index.row(), models::AgendaModel::With, index.parent()));
    ASSERT_EQ(people.count(), 1);
    EXPECT_EQ(people.at(0).at(0).value<RowId>(), dana);
    Q_EMIT pane.view()->activated(pane.model()->index(0, 0)); // a bucket row opens nothing
    EXPECT_EQ(cases.count(), 1);
}

TEST_F(AgendaPaneTest, ExportsTheCalendarWhereTheUserSays)
{
    AgendaPane pane(ws.get(), stack, reporter);
    pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
    pane.setErrorReporter(&reporter);
    EXPECT_FALSE(pane.exportCalendar()); // cancelled: no path
    script.calendarPath = ws.directory() + QStringLiteral("/agenda.ics");
    ASSERT_TRUE(pane.exportCalendar());
    QFile file(script.calendarPath);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll().count("BEGIN:VEVENT"), 2);
    script.calendarPath = ws.directory() + QStringLiteral("/missing/dir/agenda.ics");
    EXPECT_FALSE(pane.exportCalendar());
    EXPECT_EQ(reporter.messages().size(), 1);
}

TEST_F(AgendaPaneTest, AFailedReadShowsTheFailureWithRetryNotEmptyBuckets)
{
    AgendaPane pane(ws.get(), stack, reporter);
    leverage::testing::hideTable(ws.get(), QStringLiteral("follow_ups"));
    pane.ensureLoaded();
    EXPECT_TRUE(pane.model()->loadFailed());
    ASSERT_TRUE(pane.loadStates()->showsFailure());
    auto *failure = pane.loadStates()->failureState();
    EXPECT_EQ(failure->text(), pane.model()->loadFailureReason());
    EXPECT_FALSE(failure->text().isEmpty());
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(reporter.messages().at(0).startsWith(QStringLiteral("Could not read the follow-ups")))
        << reporter.messages().at(0).toStdString();

    // The table is back: Retry reads it and the buckets replace the failure.
    leverage::testing::showTable(ws.get(), QStringLiteral("follow_ups"));
    failure->button()->click();
    EXPECT_TRUE(pane.model()->isLoaded());
    EXPECT_FALSE(pane.loadStates()->showsFailure());
    EXPECT_TRUE(pane.model()->indexOf(late).isValid());
    EXPECT_EQ(reporter.messages().size(), 1);
}

TEST_F(AgendaPaneTest, TheCurrentRowIsEnoughForDone)
{
    AgendaPane pane(ws.get(), stack, reporter);
    pane.setPrompts(std::make_unique<FakeLedgerPrompts>(script));
    pane.setErrorReporter(&reporter);
    pane.resize(900, 400);
    pane.show();
    QApplication::setActiveWindow(&pane);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&pane));
    QPushButton *done = nullptr;
    for (auto *b : pane.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Done"))
            done = b;
    ASSERT_NE(done, nullptr);

    // The arrow keys move the cursor row by row, buckets included; nothing is selected.
    pane.view()->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < 8 && pane.selectedFollowUp() != late; ++i)
        QTest::keyClick(pane.view(), Qt::Key_Down);
    ASSERT_EQ(pane.selectedFollowUp(), late);
    ASSERT_TRUE(done->isEnabled());
    done->setFocus(Qt::TabFocusReason);
    QTest::keyClick(done, Qt::Key_Space);
    EXPECT_TRUE(ws->followUps().get(late)->isDone());
}
