#pragma once
// The main window over a fresh workspace, offscreen, with questions turned into failures: the
// fixture of the main window's suites.
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"
#include "ui/cases/CaseDialog.h"
#include "ui/cases/CasesPane.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/LoadStateStack.h"
#include "ui/common/MessageBar.h"
#include "ui/contacts/ContactDialog.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/contacts/OrganizationDialog.h"
#include "ui/contacts/OrganizationPicker.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/contacts/ContactTreeModel.h"
#include "ui/models/timeline/TimelineModel.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/timeline/EntryDialog.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/EditController.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <functional>
#include <gtest/gtest.h>

namespace leverage::ui {

inline bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 3000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QTest::qWait(10);
    }
    return true;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Settings (recent files, layout) go to the temporary folder, never the user's.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("settings")));
        QCoreApplication::setOrganizationName(QStringLiteral("LeverageTests"));
        QCoreApplication::setApplicationName(QStringLiteral("ui_main_window_tests"));
        auto opened = Workspace::open(path("first.leverage"), m_clock);
        ASSERT_TRUE(opened) << opened.message().toStdString();
        m_window = std::make_unique<MainWindow>(std::move(*opened));
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
        // A question box would block the test: fail instead, and say no.
        m_window->editController().setConfirm([](const QString &, const QString &question) {
            ADD_FAILURE() << "unexpected question: " << question.toStdString();
            return false;
        });
    }

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    qint64 storedCases() { return *m_window->workspace().cases().count(CaseQuery{}); }
    QWidget *casesEmptyState() const
    {
        return m_window->findChild<QWidget *>(QStringLiteral("casesEmptyState"));
    }
    // What the window manager does when a form closes: its window becomes active again.
    void reactivate()
    {
        m_window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }
    static void clickOk(QDialog *dialog)
    {
        auto *buttons = dialog->findChild<QDialogButtonBox *>();
        ASSERT_NE(buttons, nullptr);
        QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }
    RowId addCase(const QString &title)
    {
        Case value;
        value.title = title;
        value.openedAt = Instant::fromDateTime(m_clock.now());
        EXPECT_TRUE(m_window->editor().addCase(value));
        return value.meta.id;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{testing::testNow()};
    std::unique_ptr<MainWindow> m_window;
};

} // namespace leverage::ui
