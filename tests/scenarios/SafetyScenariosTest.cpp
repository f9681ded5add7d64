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
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QtTest>

namespace leverage::testing {
namespace {

using SafetyScenarios = Scenario;

QByteArray contentOf(const QString &path, qint64 bytes = -1)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return bytes < 0 ? file.readAll() : file.read(bytes);
}

// What the open dialog's labels say.
QString dialogSays()
{
    QStringList said;
    for (const auto *label : QApplication::activeModalWidget()->findChildren<QLabel *>())
        said << label->text();
    return said.join(QLatin1Char('\n'));
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
    EXPECT_EQ(contentOf(workspace, 16), QByteArray("SQLite format 3\0", 16));
    EXPECT_EQ(*store().cases().count({}), *cases);
    Case added;
    added.title = QStringLiteral("Written after the refused calendar");
    ASSERT_TRUE(store().cases().add(added));
    EXPECT_EQ(*store().cases().count({}), *cases + 1);
    EXPECT_FALSE(QFile::exists(workspace + QStringLiteral(".ics")));
}

TEST_F(SafetyScenarios, ClockRulesSavedOverTheWriteAheadLogAreRefusedInTheDialog)
{
    // Given the demo workspace, whose latest changes are in its write-ahead log
    givenTheDemoWorkspace();
    const QString wal = store().filePath() + QStringLiteral("-wal");
    const QByteArray logged = contentOf(wal);
    ASSERT_FALSE(logged.isEmpty());

    // When I export the clock rules (Ctrl+Shift+J, Alt+X) onto the log's name, say Yes to
    // "Replace?", then close the rules with Esc
    QString said;
    whenIPressAndThenInTheDialogs(kClockRules, {[&] {
                                                    whenIPress(alt(Qt::Key_X));
                                                    said = dialogSays();
                                                    whenIPress(QKeySequence(Qt::Key_Escape));
                                                },
                                                [&] {
                                                    whenIType(wal);
                                                    whenIPress(QKeySequence(Qt::Key_Return));
                                                },
                                                [&] { whenIPress(alt(Qt::Key_Y)); }});

    // Then the rules dialog said why nothing was saved, and the log is byte for byte as it was
    EXPECT_TRUE(said.contains(QStringLiteral("is a Leverage workspace or a file kept beside one")))
        << said.toStdString();
    EXPECT_EQ(contentOf(wal), logged);
    EXPECT_GT(*store().cases().count({}), 0);
}

} // namespace leverage::testing
