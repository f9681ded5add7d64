// Scenarios of a clinic's team workspace on PostgreSQL (issue 23), on the real window with
// the keyboard only: a colleague's save meeting mine, a colleague's call on the case I look
// at, and a case made private to its advocate from the case dialog.
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CasePresence.h"
#include "core/store/CaseRepository.h"
#include "core/store/WorkspaceCopier.h"
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"
#include "tests/team/Colleague.h"
#include "ui/models/team/CallPresence.h"
#include "ui/models/team/SetCaseAccessCommand.h"
#include "ui/window/ConflictDialog.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace leverage;
using namespace leverage::testing;

namespace {

class TeamScenarios : public Scenario
{
protected:
    // The demo's cases, copied to a new database on the test cluster, open in the window.
    void givenATeamWorkspaceWithTheDemoCases()
    {
        auto &server = PostgresServer::instance();
        ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
        TestWorkspace file(Engine::Sqlite);
        ASSERT_TRUE(DemoWorkspaceBuilder(*file).build());
        const auto address = server.newEmptyDatabase();
        {
            auto copy = Workspace::openServer(address, m_clock);
            ASSERT_TRUE(copy) << copy.message().toStdString();
            ASSERT_TRUE(WorkspaceCopier::copy(*file, **copy));
        }
        auto opened = Workspace::openServer(address, m_clock);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        ASSERT_TRUE(m_real.show(std::move(*opened)));
        QApplication::setActiveWindow(&m_real.window());
    }

    QLabel *onCallLabel() const
    {
        return m_real.window().findChild<QLabel *>(QStringLiteral("caseOnCall"));
    }
};

} // namespace

// Scenario: "Rosa renames the case while I am editing it: I see both versions and keep mine".
TEST_F(TeamScenarios, AColleaguesSaveMeetingMineShowsBothVersionsAndIKeepMine)
{
    givenATeamWorkspaceWithTheDemoCases();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    auto rosa = openAsColleague(store(), QStringLiteral("rosa"));
    ASSERT_TRUE(rosa);
    const QString hers = QStringLiteral("Dishwasher damaged (Harbor Home)");
    const QString mine = QStringLiteral("Dishwasher damaged, the installer never came back");
    QString shownMine, shownHers, explanation;

    // When I edit the title, and Rosa saves her title before I save mine; then the conflict
    // dialog shows both titles and who saved theirs, and I keep mine. (It opens inside the
    // case dialog's save: a poll of its own finds it, as the scenario's poll is busy there.)
    whenIPressAndThenInTheDialog(kEdit, [&] {
        auto theirs = rosa->cases().get(dishwasher);
        ASSERT_TRUE(theirs);
        theirs->title = hers;
        ASSERT_TRUE(rosa->cases().update(*theirs));
        whenIPress(QKeySequence(QKeySequence::SelectAll));
        whenIType(mine);
        QTimer poll;
        poll.setInterval(5);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            auto *dialog = qobject_cast<ui::ConflictDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            poll.stop();
            QApplication::setActiveWindow(dialog);
            EXPECT_TRUE(QTest::qWaitForWindowActive(dialog));
            auto *fields = dialog->findChild<QTableWidget *>(QStringLiteral("conflictFields"));
            ASSERT_NE(fields, nullptr);
            shownMine = fields->item(0, 1)->text();
            shownHers = fields->item(0, 2)->text();
            explanation =
                dialog->findChild<QLabel *>(QStringLiteral("conflictExplanation"))->text();
            whenIPress(QKeySequence(Qt::ALT | Qt::Key_K));
        });
        poll.start();
        whenIPress(kSubmit);
    });
    EXPECT_EQ(shownMine, mine);
    EXPECT_EQ(shownHers, hers);
    EXPECT_TRUE(explanation.startsWith(QStringLiteral("rosa saved"))) << explanation.toStdString();
    EXPECT_EQ(store().cases().get(dishwasher)->title, mine);
    EXPECT_EQ(rosa->cases().get(dishwasher)->title, mine);

    // And an undo brings back Rosa's title, not the one before both of us
    whenIPress(QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(store().cases().get(dishwasher)->title, hers);
}

// Scenario: "Rosa is on a call on this case" in its header, gone when her call ends; and my
// call is what she sees.
TEST_F(TeamScenarios, AColleaguesCallShowsInTheCaseHeader)
{
    givenATeamWorkspaceWithTheDemoCases();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    auto rosa = openAsColleague(store(), QStringLiteral("rosa"));
    ASSERT_TRUE(rosa);
    auto *label = onCallLabel();
    ASSERT_NE(label, nullptr);
    EXPECT_FALSE(label->isVisible());
    {
        models::CallPresence hersCall(*rosa);
        hersCall.callStarted(dishwasher);
        EXPECT_TRUE(QTest::qWaitFor([&] { return label->isVisible(); }, 8000));
        EXPECT_EQ(label->text(), QStringLiteral("rosa is on a call on this case"));
    }
    EXPECT_TRUE(QTest::qWaitFor([&] { return !label->isVisible(); }, 8000));

    whenIPress(kStartCall);
    const auto mine = CasePresence(*rosa).othersOnCall(dishwasher);
    ASSERT_TRUE(mine);
    EXPECT_EQ(*mine, QStringList{CasePresence(store()).me()});
}

// Scenario: "the supervisor makes a case private to its advocate, from the case dialog".
TEST_F(TeamScenarios, ACaseIsMadePrivateToItsAdvocateFromTheCaseDialog)
{
    givenATeamWorkspaceWithTheDemoCases();
    whenIOpenTheCase(kDishwasher);
    const RowId dishwasher = caseTitled(kDishwasher);
    whenIPressAndThenInTheDialog(kEdit, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_V)); // Private: to the check box
        whenIPress(QKeySequence(Qt::Key_Space));
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_L)); // the advocates' logins
        whenIType(QStringLiteral("rosa, tom"));
        whenIPress(kSubmit);
    });
    auto access = models::readCaseAccess(store(), dishwasher);
    ASSERT_TRUE(access) << access.message().toStdString();
    EXPECT_EQ(*access, (CaseAccess{true, {QStringLiteral("rosa"), QStringLiteral("tom")}}));
    EXPECT_EQ(store().cases().get(dishwasher)->title, kDishwasher); // nothing else changed

    whenIPress(QKeySequence(QKeySequence::Undo));
    EXPECT_EQ(*models::readCaseAccess(store(), dishwasher), CaseAccess{});
}
