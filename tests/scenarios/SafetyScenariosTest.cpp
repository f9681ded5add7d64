// Nothing lost (issue 17): a document saved from the window never replaces the workspace. The
// calendar export, like the rules, the form and the archive, takes any name; the workspace's
// own, confirmed at the save dialog's "Replace?", once renamed a calendar over the open file.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/common/MessageBar.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QtTest>

namespace leverage::testing {
namespace {

using SafetyScenarios = Scenario;

QByteArray headerOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(16) : QByteArray();
}

} // namespace

TEST_F(SafetyScenarios, ACalendarSavedOnTheWorkspacesOwnNameIsRefusedAndNothingIsLost)
{
    // Given the demo workspace, and the agenda reached with its Ctrl+number
    givenTheDemoWorkspace();
    const QString workspace = store().filePath();
    const auto cases = store().cases().count({});
    ASSERT_TRUE(cases);
    auto *goToAgenda = m_real.window().findChild<QAction *>(
        QStringLiteral("goTo_") + m_real.features().agendaDock()->objectName());
    ASSERT_NE(goToAgenda, nullptr);
    whenIPress(goToAgenda->shortcut());

    // When I export the calendar (Alt+X), type the workspace's own name and answer the
    // dialog's "Replace?" with Yes (Alt+Y)
    bool asked = false;
    whenIPressAndThenInTheDialogs(alt(Qt::Key_X), {[&] {
                                                       whenIType(workspace);
                                                       whenIPress(QKeySequence(Qt::Key_Return));
                                                   },
                                                   [&] {
                                                       asked = true;
                                                       whenIPress(alt(Qt::Key_Y));
                                                   }});

    // Then the window says nothing was saved, and why, in words I can act on
    EXPECT_TRUE(asked) << "the save dialog did not ask before replacing a file";
    const QString said = m_real.window().messageBar()->text();
    EXPECT_TRUE(said.contains(QStringLiteral("is a Leverage workspace")) &&
                said.contains(QStringLiteral("Nothing was saved; choose another file name")))
        << said.toStdString();
    // And the workspace is still an SQLite file with every case, and still takes changes
    EXPECT_EQ(headerOf(workspace), QByteArray("SQLite format 3\0", 16));
    EXPECT_EQ(*store().cases().count({}), *cases);
    Case added;
    added.title = QStringLiteral("Written after the refused calendar");
    ASSERT_TRUE(store().cases().add(added));
    EXPECT_EQ(*store().cases().count({}), *cases + 1);
    EXPECT_FALSE(QFile::exists(workspace + QStringLiteral(".ics")));
}

} // namespace leverage::testing
