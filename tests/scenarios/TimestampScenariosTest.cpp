// Time-stamps (issue 21), keyboard only: the dishwasher case's record stamped by a local
// RFC 3161 authority with Ctrl+Shift+S, the stamp undone and redone, printed in the dossier;
// an authority that is not there named, and nothing kept.
#include "tests/scenarios/DemoCaseTitles.h"
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"
#include "tests/timestamp/LocalTimeStampAuthority.h"

#include "core/store/SealChain.h"
#include "core/store/TimeStampRepository.h"
#include "core/store/Workspace.h"
#include "ui/common/MessageBar.h"
#include "ui/window/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTest>

namespace leverage::testing {
namespace {

const QKeySequence kTimeStamp{Qt::CTRL | Qt::SHIFT | Qt::Key_S};

} // namespace

class TimestampScenarios : public Scenario
{
protected:
    RowId givenTheDishwasherCaseOpen()
    {
        givenTheDemoWorkspace();
        const QString title = kDishwasher;
        whenIOpenTheCase(title);
        return caseTitled(title);
    }

    QList<TimeStampRepository::Stamp> stampsOf(RowId caseId) const
    {
        auto stamps = TimeStampRepository(store()).list(caseId);
        EXPECT_TRUE(stamps);
        return stamps ? *stamps : QList<TimeStampRepository::Stamp>{};
    }

    // In the open dialog: the authority's address typed over what is there, then Return.
    void whenIGiveTheAuthority(const QUrl &authority)
    {
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key_A));
        whenIType(authority.toString());
        whenIPress(QKeySequence(Qt::Key_Return));
    }

    // In the open dialog: the authority's address typed over what is there, Return; waits for
    // the authority's answer. The dialog's last word ("" when it closed on a granted stamp).
    QString whenIAskTheAuthorityAt(const QUrl &authority)
    {
        // Guarded: on a granted stamp the dialog closes and deletes itself while we wait.
        QPointer<QWidget> dialog = QApplication::activeModalWidget();
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("timeStampStatus"));
        auto open = [&] { return dialog && dialog->isVisible(); };
        whenIGiveTheAuthority(authority);
        EXPECT_TRUE(QTest::qWaitFor(
            [&] { return !open() || !status->text().startsWith(QStringLiteral("Asking")); },
            30000));
        return open() ? status->text() : QString();
    }

    // Ctrl+Shift+S, then the above; Esc if the dialog is still open.
    QString whenIStampTheRecordAt(const QUrl &authority)
    {
        QString said;
        whenIPressAndThenInTheDialog(kTimeStamp, [&] {
            said = whenIAskTheAuthorityAt(authority);
            if (QApplication::activeModalWidget())
                whenIPress(QKeySequence(Qt::Key_Escape));
        });
        return said;
    }
};

TEST_F(TimestampScenarios, TheRecordIsTimeStampedUndoneRedoneAndPrinted)
{
    // Given the demo workspace, the dishwasher case open, and a time-stamp authority
    LocalTimeStampAuthority tsa;
    ASSERT_TRUE(tsa.start());
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    const QString head = *store().seals().head();

    // When I press Ctrl+Shift+S, type the authority's address and press Return
    EXPECT_EQ(whenIStampTheRecordAt(tsa.url()), QString());

    // Then the case keeps a stamp of the chain's head, and the status bar says who stamped it
    auto stamps = stampsOf(dishwasher);
    ASSERT_EQ(stamps.size(), 1);
    EXPECT_EQ(stamps.first().head, head);
    EXPECT_EQ(stamps.first().caseId, dishwasher);
    EXPECT_EQ(stamps.first().authorityUrl, tsa.url().toString());
    EXPECT_TRUE(m_real.window().statusBar()->currentMessage().startsWith(
        QStringLiteral("Time-stamped by %1 at ").arg(tsa.url().toString())))
        << m_real.window().statusBar()->currentMessage().toStdString();
    const RowId id = stamps.first().id;

    // When I press Ctrl+Z it is let go; Ctrl+Shift+Z keeps the same token again
    whenIPress(kUndo);
    EXPECT_TRUE(stampsOf(dishwasher).isEmpty());
    whenIPress(kRedo);
    stamps = stampsOf(dishwasher);
    ASSERT_EQ(stamps.size(), 1);
    EXPECT_EQ(stamps.first().id, id);

    // Then the dossier prints it, and that it verified (the authority gone: offline)
    tsa.stop();
    const QString dossier = dossierText(dishwasher);
    EXPECT_TRUE(dossier.contains(QStringLiteral("Time-stamped by an RFC 3161 time-stamp "
                                                "authority")))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Leverage Test TSA")));
    EXPECT_TRUE(dossier.contains(head.left(32)));
    EXPECT_TRUE(dossier.contains(QStringLiteral("The token verifies")));
}

TEST_F(TimestampScenarios, AnAuthorityThatIsNotThereIsNamedAndNothingIsKept)
{
    // Given the dishwasher case open, and an address where nothing answers
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    const QUrl nobody = LocalTimeStampAuthority::nobodyThere();

    // When I stamp the record there
    const QString said = whenIStampTheRecordAt(nobody);

    // Then the dialog and the window say so, and no stamp is kept
    const QString expected = QStringLiteral("The time-stamp authority at %1 could not be reached")
                                 .arg(nobody.toString());
    EXPECT_TRUE(said.startsWith(expected)) << said.toStdString();
    EXPECT_TRUE(m_real.window().statusBar()->currentMessage().startsWith(expected))
        << m_real.window().statusBar()->currentMessage().toStdString();
    EXPECT_TRUE(stampsOf(dishwasher).isEmpty());
}

} // namespace leverage::testing

namespace leverage::testing {

TEST_F(TimestampScenarios, EscWhileTheAuthorityIsSlowDropsTheRequestAndKeepsNothing)
{
    // Given the dishwasher case open, and an authority that takes 30 s to answer
    LocalTimeStampAuthority tsa;
    ASSERT_TRUE(tsa.start());
    const RowId dishwasher = givenTheDishwasherCaseOpen();

    // When I stamp the record there and press Esc while it is asked
    whenIPressAndThenInTheDialog(kTimeStamp, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        whenIGiveTheAuthority(tsa.url(QStringLiteral("/slow")));
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("timeStampStatus"));
        EXPECT_TRUE(status->text().startsWith(QStringLiteral("Asking the authority at ")))
            << status->text().toStdString();
        whenIPress(QKeySequence(Qt::Key_Escape));
    });

    // Then the window goes on, nothing is kept and nothing is said about a stamp
    QTest::qWait(300);
    EXPECT_TRUE(stampsOf(dishwasher).isEmpty());
    EXPECT_FALSE(
        m_real.window().statusBar()->currentMessage().contains(QStringLiteral("Time-stamped")));
}

} // namespace leverage::testing

namespace leverage::testing {

TEST_F(TimestampScenarios, ARefusalCorrectedInTheDialogLeavesNoErrorBehind)
{
    // Given the dishwasher case open, and a time-stamp authority
    LocalTimeStampAuthority tsa;
    ASSERT_TRUE(tsa.start());
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    const QUrl nobody = LocalTimeStampAuthority::nobodyThere();
    ui::MessageBar &bar = *m_real.window().messageBar();

    // When I press Ctrl+Shift+S and first give an address where nothing answers
    QString refusal;
    bool barSaidIt = false;
    whenIPressAndThenInTheDialog(kTimeStamp, [&] {
        refusal = whenIAskTheAuthorityAt(nobody);
        barSaidIt = bar.text() == refusal;
        // and then correct it to the authority's, in the same dialog
        EXPECT_EQ(whenIAskTheAuthorityAt(tsa.url()), QString()) << "the dialog closed";
    });

    // Then the refusal was on the window's bar while it was true
    EXPECT_TRUE(refusal.startsWith(QStringLiteral("The time-stamp authority at %1 could not be "
                                                  "reached")
                                       .arg(nobody.toString())))
        << refusal.toStdString();
    EXPECT_TRUE(barSaidIt);
    // and once the stamp is granted, the bar no longer says it could not be done
    EXPECT_EQ(stampsOf(dishwasher).size(), 1);
    EXPECT_FALSE(bar.isVisible()) << bar.text().toStdString();
    EXPECT_TRUE(m_real.window().statusBar()->currentMessage().startsWith(
        QStringLiteral("Time-stamped by ")));
}

} // namespace leverage::testing
