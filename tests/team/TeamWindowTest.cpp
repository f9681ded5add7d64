#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/WorkspaceCopier.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/PostgresServer.h"
#include "tests/support/TestWorkspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/common/MessageBar.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/window/MainWindow.h"
#include "ui/window/TeamWorkspaceDialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::testing::PostgresServer;
using leverage::testing::RealWindow;
using leverage::testing::TestWorkspace;

namespace {

class TeamWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.isRunning()) << server.error().toStdString();
        QSettings().clear();
        ASSERT_TRUE(DemoWorkspaceBuilder(*file).build());
        address = server.newEmptyDatabase();
        auto opened = Workspace::openServer(address, file.clock());
        ASSERT_TRUE(opened) << opened.message().toStdString();
        ASSERT_TRUE(WorkspaceCopier::copy(*file, **opened));
        auto count = file->cases().count({});
        ASSERT_TRUE(count);
        fileCases = int(*count);
    }

    PostgresServer &server = PostgresServer::instance();
    TestWorkspace file;
    ServerAddress address;
    int fileCases = 0;
};

} // namespace

TEST_F(TeamWindowTest, TheWindowOpensATeamWorkspaceAndListsItAmongTheRecentOnes)
{
    RealWindow window;
    auto opened = Workspace::openLocation(address.displayUrl(), file.clock());
    ASSERT_TRUE(opened) << opened.message().toStdString();
    ASSERT_TRUE(window.show(std::move(*opened)));
    EXPECT_TRUE(window.window().workspace().isTeamWorkspace());
    EXPECT_TRUE(window.window().windowTitle().contains(QStringLiteral("(team)")))
        << window.window().windowTitle().toStdString();
    EXPECT_EQ(window.window().casesPane()->model()->rowCount(), fileCases);
    // Every pane read the server without an error (a query that is not portable would say so
    // here).
    QTest::qWait(200);
    EXPECT_TRUE(window.window().messageBar()->text().isEmpty())
        << window.window().messageBar()->text().toStdString();
    // Then the file, in the same window: the recent list holds both kinds.
    file.close();
    ASSERT_TRUE(window.window().openWorkspace(file.path()));
    EXPECT_FALSE(window.window().workspace().isTeamWorkspace());
    const auto recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    EXPECT_TRUE(recent.contains(address.displayUrl()));
    EXPECT_TRUE(recent.contains(file.path()));
    ASSERT_TRUE(window.window().openWorkspace(address.displayUrl()));
    EXPECT_TRUE(window.window().workspace().isTeamWorkspace());
    window.close();
}

TEST_F(TeamWindowTest, TheDialogAsksForWhatIsMissingAndNeverShowsThePassword)
{
    ui::TeamWorkspaceDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClick(&dialog, Qt::Key_Return); // nothing typed yet
    EXPECT_TRUE(dialog.isVisible());
    auto labels = dialog.findChildren<QLabel *>();
    const bool asked = std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->isVisible() && label->text().contains(QStringLiteral("server"));
    });
    EXPECT_TRUE(asked);
    // Server, port, database, user, password: typed as a person would, field by field.
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("db.clinic.example"));
    for (const char *field : {"", "clinic", "ana", "s3cret"}) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        if (*field)
            QTest::keyClicks(QApplication::focusWidget(), QString::fromLatin1(field));
    }
    const auto typed = dialog.address();
    EXPECT_EQ(typed.host, QStringLiteral("db.clinic.example"));
    EXPECT_EQ(typed.database, QStringLiteral("clinic"));
    EXPECT_EQ(typed.user, QStringLiteral("ana"));
    EXPECT_EQ(typed.password, QStringLiteral("s3cret"));
    EXPECT_EQ(typed.sslMode, QStringLiteral("verify-full"));
    EXPECT_FALSE(typed.displayUrl().contains(QStringLiteral("s3cret")));
}
