// The disk fills up while the user works in the window: the edit is not half-saved, the window
// says the disk is full and what to do, and the same edit goes through once space returns.
#include "app/FeatureWiring.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/common/EditDialog.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/window/EditController.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;

TEST(DiskFullWindowTest, TheFormSaysTheDiskIsFullKeepsWhatWasTypedAndSavesWhenSpaceReturns)
{
    QTemporaryDir dir;
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    FixedClock clock{leverage::testing::testNow()};
    leverage::testing::RealWindow real;
    ASSERT_TRUE(real.open(dir.filePath(QStringLiteral("w.leverage")), clock, true));
    auto &window = real.window();
    const qint64 cases = *window.workspace().cases().count({});
    QSqlQuery query(window.workspace().database());
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const qint64 pages = query.value(0).toLongLong();
    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    // The New Case form, filled in and saved while the disk is full
    QPointer<ui::EditDialog> form = window.editController().newCase(0);
    ASSERT_NE(form, nullptr);
    QApplication::setActiveWindow(form);
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("title")),
                     QStringLiteral("Written when the disk was full"));
    const QString outcome = QString(40'000, QLatin1Char('x')); // needs new pages
    form->findChild<QPlainTextEdit *>(QStringLiteral("desiredOutcome"))->setPlainText(outcome);
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    EXPECT_TRUE(form->isVisible()) << "the form stays open with what was typed";
    EXPECT_EQ(*window.workspace().cases().count({}), cases) << "half-saved";
    EXPECT_EQ(window.undoStack().count(), 0) << "a failed step stays off the undo stack";
    const QString shown = form->findChild<QLabel *>(QStringLiteral("formError"))->text();
    EXPECT_TRUE(shown.contains(QStringLiteral("disk is full"))) << shown.toStdString();
    EXPECT_TRUE(shown.contains(QStringLiteral("Free some space"))) << shown.toStdString();

    ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    // The same form, saved again once there is space
    QTest::keyClick(form, Qt::Key_Return, Qt::ControlModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return form.isNull() || !form->isVisible(); }));
    EXPECT_EQ(*window.workspace().cases().count({}), cases + 1);
}
