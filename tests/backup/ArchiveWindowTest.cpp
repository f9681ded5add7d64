// File → Export/Import Workspace Archive… in the real window: the work runs off the window's
// thread, an import goes into a new file and is offered to open, a refusal reaches the message
// bar; the passphrase dialog checks what is typed.
#include "app/FeatureWiring.h"
#include "core/archive/WorkspaceArchive.h"
#include "core/store/Workspace.h"
#include "core/store/WorkspaceBackup.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/backup/ArchiveController.h"
#include "ui/backup/PassphraseDialog.h"
#include "ui/common/MessageBar.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>

using namespace leverage;
using Choice = ui::ArchiveController::Choice;

namespace {

class ArchiveWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("w.leverage")), m_clock, true));
        m_window = &m_real.window();
        Case c;
        c.title = QStringLiteral("Refund for the cancelled flight");
        ASSERT_TRUE(m_window->editor().addCase(c));
        archives().setOpenQuestion([this](QWidget *, const QString &name) {
            m_offered = name;
            return true;
        });
    }

    ui::ArchiveController &archives() { return *m_real.features().archives(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    int casesNow() { return int(*m_window->workspace().cases().count({})); }

    // Answers the file dialogs in order and the passphrase question with `passphrase`.
    void answer(QStringList files, std::optional<QByteArray> passphrase)
    {
        archives().setFileChooser([files](QWidget *, Choice, const QString &) mutable {
            return files.isEmpty() ? QString() : files.takeFirst();
        });
        archives().setPassphraseAsker([passphrase](QWidget *, bool) { return passphrase; });
    }

    // Triggers `action` and waits for the work on the runner's thread to end.
    bool run(QAction *action)
    {
        QSignalSpy done(&archives(), &ui::ArchiveController::finished);
        action->trigger();
        EXPECT_TRUE(done.count() == 1 || done.wait(60000));
        return !done.isEmpty() && done.first().first().toBool();
    }

    QTemporaryDir m_dir;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    ui::MainWindow *m_window = nullptr;
    QString m_offered;
};

} // namespace

TEST_F(ArchiveWindowTest, ExportThenImportAnEncryptedArchiveAndOpenTheCopy)
{
    const int cases = casesNow();
    const QString archive = path(QStringLiteral("for the advocate.leverage-archive"));
    answer({archive}, QByteArray("hunter2 hunter2"));
    ASSERT_TRUE(run(m_real.features().exportArchiveAction()))
        << m_window->messageBar()->text().toStdString();
    EXPECT_TRUE(WorkspaceArchive::isEncryptedFile(archive));

    const QString restored = path(QStringLiteral("restored.leverage"));
    answer({archive, path(QStringLiteral("restored"))}, QByteArray("hunter2 hunter2"));
    ASSERT_TRUE(run(m_real.features().importArchiveAction()))
        << m_window->messageBar()->text().toStdString();
    EXPECT_EQ(m_offered, QStringLiteral("restored.leverage"));
    EXPECT_EQ(m_window->workspace().filePath(), restored);
    EXPECT_EQ(casesNow(), cases);
}

TEST_F(ArchiveWindowTest, AWrongPassphraseIsReportedAndNothingIsWritten)
{
    const QString archive = path(QStringLiteral("a.leverage-archive"));
    answer({archive}, QByteArray("the right passphrase"));
    ASSERT_TRUE(run(m_real.features().exportArchiveAction()));
    const QString restored = path(QStringLiteral("restored.leverage"));
    answer({archive, restored}, QByteArray("a wrong passphrase"));
    EXPECT_FALSE(run(m_real.features().importArchiveAction()));
    EXPECT_EQ(m_window->messageBar()->text(),
              QStringLiteral("The passphrase is wrong, or the file was changed."));
    EXPECT_FALSE(QFileInfo::exists(restored));
    EXPECT_TRUE(m_offered.isEmpty());
    EXPECT_EQ(m_window->workspace().filePath(), path(QStringLiteral("w.leverage")));
}

TEST_F(ArchiveWindowTest, ImportNeverGoesOverAnExistingFile)
{
    const QString archive = path(QStringLiteral("a.leverage-archive"));
    answer({archive}, QByteArray());
    ASSERT_TRUE(run(m_real.features().exportArchiveAction()));
    const QString open = m_window->workspace().filePath();
    answer({archive, open}, QByteArray());
    m_real.features().importArchiveAction()->trigger();
    EXPECT_FALSE(archives().isRunning());
    EXPECT_TRUE(m_window->messageBar()->text().contains(QStringLiteral("already exists")))
        << m_window->messageBar()->text().toStdString();
    EXPECT_EQ(m_window->workspace().filePath(), open);
}

TEST_F(ArchiveWindowTest, TheFileMenuOffersExportAndImport)
{
    const auto actions = m_window->fileMenu()->actions();
    EXPECT_TRUE(actions.contains(m_real.features().exportArchiveAction()));
    EXPECT_TRUE(actions.contains(m_real.features().importArchiveAction()));
}

TEST(PassphraseDialogTest, ExportTakesNoPassphraseOrTheSameOneTwice)
{
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Purpose::Export);
    dialog.show();
    auto *first = dialog.findChild<QLineEdit *>(QStringLiteral("passphrase"));
    auto *again = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseAgain"));
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    ASSERT_TRUE(first && again && ok);
    EXPECT_TRUE(ok->isEnabled()) << "empty: an archive without encryption";
    EXPECT_EQ(first->echoMode(), QLineEdit::Password);
    QTest::keyClicks(first, QStringLiteral("short"));
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(first, QStringLiteral(" but long now"));
    EXPECT_FALSE(ok->isEnabled()) << "typed once only";
    QTest::keyClicks(again, QStringLiteral("short but long now"));
    EXPECT_TRUE(ok->isEnabled());
    QTest::keyClick(again, Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.passphrase(), QByteArray("short but long now"));
}

TEST(PassphraseDialogTest, ImportNeedsAPassphrase)
{
    ui::PassphraseDialog dialog(ui::PassphraseDialog::Purpose::Import);
    dialog.show();
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("passphrase")),
                     QStringLiteral("x"));
    EXPECT_TRUE(ok->isEnabled());
}
