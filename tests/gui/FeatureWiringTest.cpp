#include "app/FeatureWiring.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CallDraftRepository.h"
#include "tests/gui/RealWindow.h"
#include "tests/support/TestWorkspace.h"
#include "ui/calls/CallNotesPane.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace leverage;

namespace {

class FeatureWiringTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settings.path());
        ASSERT_TRUE(m_real.open(m_dir.filePath(QStringLiteral("w.leverage")), m_clock, true));
        m_window = &m_real.window();
        m_features = &m_real.features();
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    FixedClock m_clock{leverage::testing::testNow()};
    leverage::testing::RealWindow m_real;
    ui::MainWindow *m_window = nullptr;
    app::FeatureWiring *m_features = nullptr;
};

} // namespace

TEST_F(FeatureWiringTest, EveryFeatureHasItsDockAndItsViewMenuEntry)
{
    const auto &f = *m_features;
    for (auto *d : {f.escalationDock(), f.callNotesDock(), f.ledgerDock(), f.agendaDock(),
                    f.gatewayDock(), f.contactPageDock()}) {
        ASSERT_NE(d, nullptr);
        ASSERT_NE(d->widget(), nullptr) << d->objectName().toStdString();
        bool listed = false;
        for (auto *menu : m_window->viewMenu()->findChildren<QMenu *>())
            listed = listed || menu->actions().contains(d->toggleViewAction());
        EXPECT_TRUE(listed) << d->objectName().toStdString() << ": View → Show or Hide Panes";
    }
}

TEST_F(FeatureWiringTest, TheFirstStartFitsALaptopScreen)
{
    // Docks added one above another, before they share tabs, once made the window 842 pixels
    // tall on a 768-pixel screen.
    EXPECT_EQ(m_window->size(), leverage::testing::RealWindow::kLaptopScreen);
    EXPECT_LE(m_window->minimumSizeHint().height(),
              leverage::testing::RealWindow::kLaptopScreen.height());
}

TEST_F(FeatureWiringTest, CaseActionsFollowTheSelectedCase)
{
    m_window->casesPane()->selectCase(0);
    const auto &f = *m_features;
    for (auto *action :
         {f.startCallAction(), f.printAction(), f.exportPdfAction(), f.printPreviewAction()})
        ASSERT_NE(action, nullptr);
    ASSERT_TRUE(m_window->casesPane()->selectCase(1));
    EXPECT_TRUE(f.startCallAction()->isEnabled());
    EXPECT_TRUE(f.exportPdfAction()->isEnabled());
    EXPECT_TRUE(m_window->fileMenu()->actions().contains(f.importContactsAction()));
}

TEST_F(FeatureWiringTest, StartCallOpensTheCallNotesOnTheSelectedCase)
{
    ASSERT_TRUE(m_window->casesPane()->selectCase(2));
    m_features->startCallAction()->trigger();
    QCoreApplication::processEvents();
    auto *calls = m_features->callNotesDock();
    EXPECT_TRUE(calls->isVisible());
    // The call in progress is saved as a draft of that case.
    auto drafts = m_window->workspace().callDrafts().all();
    ASSERT_TRUE(drafts);
    ASSERT_EQ(drafts->size(), 1);
    EXPECT_EQ(drafts->first().caseId, 2);
}

TEST_F(FeatureWiringTest, OpeningAnotherWorkspaceRebuildsTheFeatures)
{
    const auto other = m_dir.filePath(QStringLiteral("other.leverage"));
    ASSERT_TRUE(m_window->openWorkspace(other));
    EXPECT_NE(m_features->ledgerDock()->widget(), nullptr);
    m_features->startCallAction()->trigger();
    EXPECT_FALSE(m_features->callNotesPane()->isCallLive()) << "no case selected, no call";
    EXPECT_TRUE(
        m_window->statusBar()->currentMessage().contains(QStringLiteral("Select the case")));
}

TEST_F(FeatureWiringTest, TheContactPageShowsThePersonsAndTheOrganizationsTrackRecord)
{
    auto *page = m_features->contactPagePane();
    ASSERT_NE(page, nullptr);
    // Kevin Hale (demo contact 4) broke both promises he made on the hotel case.
    static_cast<ui::ContactPagePane *>(page)->setContactId(4);
    QCoreApplication::processEvents();
    QStringList texts;
    for (auto *label : page->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("2 broken"))) << all.toStdString();
}

TEST_F(FeatureWiringTest, TheContactPageShowsNoEmptyTrackRecordRowsWithoutAContact)
{
    auto *page = m_features->contactPagePane();
    ASSERT_NE(page, nullptr);
    auto promisesLabel = [page]() -> QLabel * {
        for (auto *label : page->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Their promises:"))
                return label;
        return nullptr;
    };
    ASSERT_NE(promisesLabel(), nullptr);
    EXPECT_TRUE(promisesLabel()->isHidden() || !promisesLabel()->parentWidget()->isVisibleTo(page));
    static_cast<ui::ContactPagePane *>(page)->setContactId(4);
    EXPECT_TRUE(promisesLabel()->isVisibleTo(page));
    static_cast<ui::ContactPagePane *>(page)->setContactId(0);
    EXPECT_FALSE(promisesLabel()->isVisibleTo(page));
}
