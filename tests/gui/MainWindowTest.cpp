// The real main window, offscreen: creating, undoing and redoing through its actions and forms.
#include "MainWindow.h"
#include "CaseDialog.h"
#include "CasesPane.h"
#include "EditController.h"
#include "EntryDialog.h"
#include "TimelinePane.h"
#include "models/CaseListModel.h"
#include "models/TimelineModel.h"
#include "models/WorkspaceEditor.h"
#include "store/CaseRepository.h"
#include "store/TimelineRepository.h"
#include "support/TestWorkspace.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <functional>
#include <gtest/gtest.h>

namespace leverage::ui {
namespace {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 3000)
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

TEST_F(MainWindowTest, NewCaseActionCreatesACaseThatUndoRemovesAndRedoRestores)
{
    ASSERT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_TRUE(casesEmptyState()->isVisible());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoCaseSelected);

    action("newCase")->trigger();
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    ASSERT_TRUE(dialog->isVisible());
    auto *title = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
    ASSERT_NE(title, nullptr);
    QTest::keyClicks(title, QStringLiteral("Reimbursement never filed"));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); })) << "the form did not close";

    // In the store, in the cases pane, selected, and the empty state gone.
    ASSERT_EQ(storedCases(), 1);
    auto *model = m_window->casesPane()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->index(0, models::CaseListModel::TitleColumn).data().toString(),
              QStringLiteral("Reimbursement never filed"));
    const RowId caseId = model->caseIdAt(0);
    EXPECT_EQ(m_window->workspace().cases().get(caseId)->title,
              QStringLiteral("Reimbursement never filed"));
    EXPECT_EQ(m_window->casesPane()->currentCaseId(), caseId);
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_FALSE(casesEmptyState()->isVisible());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
    EXPECT_EQ(m_window->undoStack().count(), 1);

    action("undo")->trigger();
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(model->rowCount(), 0);
    EXPECT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoCaseSelected);

    action("redo")->trigger();
    ASSERT_EQ(storedCases(), 1);
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->caseIdAt(0), caseId);
    EXPECT_EQ(model->index(0, models::CaseListModel::TitleColumn).data().toString(),
              QStringLiteral("Reimbursement never filed"));
    EXPECT_FALSE(m_window->casesPane()->isShowingEmptyState());
}

TEST_F(MainWindowTest, CaseFormWithoutTitleStaysOpenWithAnErrorAndSavesNothing)
{
    action("newCase")->trigger();
    QPointer<CaseDialog> dialog = m_window->findChild<CaseDialog *>();
    ASSERT_TRUE(dialog);
    clickOk(dialog);
    QTest::qWait(20);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->errorText().isEmpty());
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(m_window->undoStack().count(), 0);
    dialog->reject();
}

TEST_F(MainWindowTest, EntryFormRefusesHoldLongerThanTheCallThenRecordsTheEntry)
{
    const RowId caseId = addCase(QStringLiteral("Washer delivered broken"));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
    ASSERT_TRUE(action("newEntry")->isEnabled());

    action("newEntry")->trigger();
    QPointer<EntryDialog> dialog = m_window->findChild<EntryDialog *>();
    ASSERT_TRUE(dialog);
    dialog->findChild<QTimeEdit *>(QStringLiteral("duration"))->setTime(QTime(0, 10));
    dialog->findChild<QTimeEdit *>(QStringLiteral("hold"))->setTime(QTime(0, 25));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("summary")),
                     QStringLiteral("Promised a replacement within a week"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("reference")),
                     QStringLiteral("RX-20817"));
    clickOk(dialog);
    QTest::qWait(20);
    ASSERT_TRUE(dialog);
    EXPECT_TRUE(dialog->errorText().contains(QStringLiteral("hold")))
        << dialog->errorText().toStdString();
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);

    dialog->findChild<QTimeEdit *>(QStringLiteral("hold"))->setTime(QTime(0, 4));
    clickOk(dialog);
    ASSERT_TRUE(waitUntil([&] { return dialog.isNull(); }));
    auto entries = m_window->workspace().timeline().forCase(caseId);
    ASSERT_TRUE(entries);
    ASSERT_EQ(entries->size(), 1);
    EXPECT_EQ(entries->at(0).durationSeconds, 600);
    EXPECT_EQ(entries->at(0).holdSeconds, 240);
    EXPECT_EQ(entries->at(0).referenceNumber, QStringLiteral("RX-20817"));
    EXPECT_EQ(m_window->timelinePane()->timelineModel()->rowCount(), 1);
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::None);

    action("undo")->trigger();
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);
    EXPECT_EQ(m_window->timelinePane()->emptyState(), TimelinePane::EmptyState::NoEntries);
}

TEST_F(MainWindowTest, DeletingACaseWithEntriesAsksFirstAndUndoBringsItAllBack)
{
    const RowId caseId = addCase(QStringLiteral("DSL install"));
    TimelineEntry entry;
    entry.caseId = caseId;
    entry.occurredAt = Instant::fromDateTime(m_clock.now());
    entry.summary = QStringLiteral("Technician came early");
    ASSERT_TRUE(m_window->editor().addEntry(entry));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    m_window->casesPane()->setFocus();

    QStringList questions;
    bool answer = false;
    m_window->editController().setConfirm([&](const QString &, const QString &question) {
        questions << question;
        return answer;
    });
    ASSERT_EQ(m_window->currentItem(), (ItemRef{ItemRef::Kind::Case, caseId}));
    action("deleteItem")->trigger();
    ASSERT_EQ(questions.size(), 1);
    EXPECT_TRUE(questions.first().contains(QStringLiteral("DSL install")));
    EXPECT_EQ(storedCases(), 1) << "declining must keep the case";

    answer = true;
    action("deleteItem")->trigger();
    EXPECT_EQ(storedCases(), 0);
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 0);

    action("undo")->trigger();
    EXPECT_EQ(storedCases(), 1);
    EXPECT_EQ(*m_window->workspace().timeline().count(caseId), 1);
}

TEST_F(MainWindowTest, OpeningANonWorkspaceKeepsTheCurrentOneAndAnotherReplacesIt)
{
    addCase(QStringLiteral("Health insurer dispute"));
    const QString firstPath = m_window->workspace().filePath();
    const QString bogus = path("notes.leverage");
    {
        QFile file(bogus);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a database\n");
    }
    const QByteArray before = testing::fileChecksum(bogus);
    const Status refused = m_window->openWorkspace(bogus);
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.message().isEmpty());
    EXPECT_EQ(testing::fileChecksum(bogus), before);
    EXPECT_EQ(m_window->workspace().filePath(), firstPath);
    EXPECT_EQ(m_window->casesPane()->model()->rowCount(), 1);
    EXPECT_EQ(m_window->undoStack().count(), 1);

    const Status opened = m_window->openWorkspace(path("second.leverage"));
    ASSERT_TRUE(opened) << opened.message().toStdString();
    EXPECT_NE(m_window->workspace().filePath(), firstPath);
    EXPECT_EQ(m_window->undoStack().count(), 0);
    EXPECT_TRUE(m_window->casesPane()->isShowingEmptyState());
    EXPECT_TRUE(m_window->windowTitle().startsWith(QStringLiteral("second")));
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    ASSERT_GE(recent.size(), 2);
    EXPECT_TRUE(recent.at(0).endsWith(QStringLiteral("second.leverage")));
    EXPECT_TRUE(recent.at(1).endsWith(QStringLiteral("first.leverage")));
}

} // namespace
} // namespace leverage::ui
