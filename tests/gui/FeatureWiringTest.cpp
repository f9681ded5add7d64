#include "app/FeatureWiring.h"
#include "ui/cases/CasesPane.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/window/MainWindow.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CallDraftRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QSettings>
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
        m_clock = std::make_unique<FixedClock>(leverage::testing::testNow());
        auto opened = Workspace::open(m_dir.filePath(QStringLiteral("w.leverage")), *m_clock);
        ASSERT_TRUE(opened);
        ASSERT_TRUE(DemoWorkspaceBuilder(**opened).build());
        m_window = std::make_unique<ui::MainWindow>(std::move(*opened));
        new app::FeatureWiring(*m_window);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    QDockWidget *dock(const char *name) const
    {
        return m_window->findChild<QDockWidget *>(QString::fromLatin1(name));
    }

    QTemporaryDir m_dir;
    QTemporaryDir m_settings;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace

TEST_F(FeatureWiringTest, EveryFeatureHasItsDockAndItsViewMenuEntry)
{
    for (const char *name : {"escalationDock", "callNotesDock", "ledgerDock", "agendaDock",
                             "gatewayDock", "contactPageDock"}) {
        auto *d = dock(name);
        ASSERT_NE(d, nullptr) << name;
        ASSERT_NE(d->widget(), nullptr) << name;
        EXPECT_TRUE(m_window->viewMenu()->actions().contains(d->toggleViewAction())) << name;
    }
}

TEST_F(FeatureWiringTest, CaseActionsFollowTheSelectedCase)
{
    m_window->casesPane()->selectCase(0);
    for (const char *name : {"startCallOnCase", "printDossier", "exportDossier", "printPreview"})
        ASSERT_NE(action(name), nullptr) << name;
    ASSERT_TRUE(m_window->casesPane()->selectCase(1));
    EXPECT_TRUE(action("startCallOnCase")->isEnabled());
    EXPECT_TRUE(action("exportDossier")->isEnabled());
    EXPECT_TRUE(m_window->fileMenu()->actions().contains(action("importContacts")));
}

TEST_F(FeatureWiringTest, StartCallOpensTheCallNotesOnTheSelectedCase)
{
    ASSERT_TRUE(m_window->casesPane()->selectCase(2));
    action("startCallOnCase")->trigger();
    QCoreApplication::processEvents();
    auto *calls = dock("callNotesDock");
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
    EXPECT_NE(dock("ledgerDock")->widget(), nullptr);
    EXPECT_FALSE(action("startCallOnCase")->isEnabled());
}

TEST_F(FeatureWiringTest, TheContactPageShowsThePersonsAndTheOrganizationsTrackRecord)
{
    auto *page = dock("contactPageDock")->widget();
    ASSERT_NE(page, nullptr);
    // Kevin Hale (demo contact 4) broke both promises he made on the hotel case.
    static_cast<app::ContactPagePane *>(page)->setContactId(4);
    QCoreApplication::processEvents();
    QStringList texts;
    for (auto *label : page->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("2 broken"))) << all.toStdString();
}

TEST_F(FeatureWiringTest, TheContactPageShowsNoEmptyTrackRecordRowsWithoutAContact)
{
    auto *page = dock("contactPageDock")->widget();
    ASSERT_NE(page, nullptr);
    auto promisesLabel = [page]() -> QLabel * {
        for (auto *label : page->findChildren<QLabel *>())
            if (label->text() == QStringLiteral("Their promises:"))
                return label;
        return nullptr;
    };
    ASSERT_NE(promisesLabel(), nullptr);
    EXPECT_TRUE(promisesLabel()->isHidden() || !promisesLabel()->parentWidget()->isVisibleTo(page));
    static_cast<app::ContactPagePane *>(page)->setContactId(4);
    EXPECT_TRUE(promisesLabel()->isVisibleTo(page));
    static_cast<app::ContactPagePane *>(page)->setContactId(0);
    EXPECT_FALSE(promisesLabel()->isVisibleTo(page));
}
