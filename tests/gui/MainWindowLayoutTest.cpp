// The real main window, offscreen: its docks and layout, remembered and extended by features.
#include "tests/gui/MainWindowFixture.h"

namespace leverage::ui {
namespace {

TEST_F(MainWindowTest, PaneLayoutIsRememberedAcrossWindows)
{
    auto *contactsDock = m_window->findChild<QDockWidget *>(QStringLiteral("contactsDock"));
    ASSERT_NE(contactsDock, nullptr);
    EXPECT_TRUE(contactsDock->isVisible());
    contactsDock->toggleViewAction()->trigger();
    EXPECT_FALSE(contactsDock->isVisible());
    m_window->close();
    m_window.reset();

    auto opened = Workspace::open(path("first.leverage"), m_clock);
    ASSERT_TRUE(opened) << opened.message().toStdString();
    MainWindow again(std::move(*opened));
    again.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&again));
    auto *dock = again.findChild<QDockWidget *>(QStringLiteral("contactsDock"));
    ASSERT_NE(dock, nullptr);
    EXPECT_FALSE(dock->isVisible());
    EXPECT_TRUE(again.findChild<QDockWidget *>(QStringLiteral("casesDock"))->isVisible());
}

TEST_F(MainWindowTest, HeaderMenuShowsTheHiddenContactColumns)
{
    auto *header = m_window->contactsPane()->view()->header();
    const int phone = models::ContactTreeModel::PhoneColumn;
    ASSERT_TRUE(header->isSectionHidden(phone));
    const QString title = header->model()->headerData(phone, Qt::Horizontal).toString();
    bool found = false;
    QTimer::singleShot(0, header, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (auto *action : menu->actions())
            if (action->text() == title) {
                found = true;
                action->trigger();
            }
        menu->close();
    });
    // Never leave a menu open: that would hang the suite.
    QTimer::singleShot(2000, header, [] {
        if (auto *popup = QApplication::activePopupWidget())
            popup->close();
    });
    Q_EMIT header->customContextMenuRequested(QPoint(4, 4));
    EXPECT_TRUE(found);
    EXPECT_FALSE(header->isSectionHidden(phone));
}

// A stand-in for a later feature's pane about one case (escalation path, follow-ups …).
class ProbePane final : public QLabel
{
public:
    ProbePane(Workspace &, QUndoStack &, QWidget *parent) : QLabel(parent) {}
    void setCaseId(RowId caseId) { setText(QString::number(caseId)); }
};

TEST_F(MainWindowTest, AddedCasePanesFollowTheSelectedCaseAndEveryWorkspace)
{
    auto *dock = m_window->addPaneDock(DockedPanes::specFor<ProbePane>(
        QStringLiteral("Probe"), QStringLiteral("probeDock"), Qt::BottomDockWidgetArea,
        DockedPanes::Shows::SelectedCase));
    ASSERT_NE(dock, nullptr);
    auto *probe = static_cast<ProbePane *>(dock->widget());
    ASSERT_NE(probe, nullptr);
    EXPECT_EQ(probe->text(), QStringLiteral("0"));
    addCase(QStringLiteral("Washer delivered broken"));
    const RowId caseId = addCase(QStringLiteral("Dishwasher delivered damaged"));
    ASSERT_TRUE(m_window->casesPane()->selectCase(caseId));
    EXPECT_EQ(probe->text(), QString::number(caseId));
    bool listed = false;
    for (auto *menu : m_window->findChildren<QMenu *>())
        listed = listed || menu->actions().contains(dock->toggleViewAction());
    EXPECT_TRUE(listed) << "the View menu shows and hides the added pane";

    ASSERT_TRUE(m_window->openWorkspace(path("second.leverage")));
    auto *rebuilt = static_cast<ProbePane *>(dock->widget());
    ASSERT_NE(rebuilt, nullptr);
    EXPECT_EQ(rebuilt->text(), QStringLiteral("0"));
}

} // namespace
} // namespace leverage::ui
