// Search everything (issue 20), on the real window with the keyboard alone: Ctrl+K, type,
// arrows, Enter opens the item in context, Esc gives the focus back.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/cases/CasesPane.h"
#include "ui/models/search/SearchResultsModel.h"
#include "ui/search/SearchPopup.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>

namespace leverage::testing {
namespace {

class SearchScenarios : public Scenario
{
protected:
    ui::SearchPopup *popup() const { return m_real.window().findChild<ui::SearchPopup *>(); }

    // Results arrive from the search thread: wait for the newest answer.
    void thenResultsArrive()
    {
        ASSERT_NE(popup(), nullptr);
        ASSERT_TRUE(
            QTest::qWaitFor([this] { return popup()->resultsModel()->hitCount() > 0; }, 5000))
            << "no results: " << popup()->statusLabel()->text().toStdString();
    }

    RowId entrySummarised(RowId caseId, const QString &summary) const
    {
        for (const auto &entry : *store().timeline().forCase(caseId))
            if (entry.summary == summary)
                return entry.meta.id;
        ADD_FAILURE() << "no entry " << summary.toStdString();
        return 0;
    }
};

TEST_F(SearchScenarios, CtrlKFindsANoteAndEnterOpensItInItsCase)
{
    // Given the demo workspace, working in the cases pane
    givenTheDemoWorkspace();
    const auto hotel =
        caseTitled(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    const auto entry =
        entrySummarised(hotel, QStringLiteral("Refund of $212 appeared on the card"));

    // When I press Ctrl+K and type two words of an entry's summary
    whenIPress(kSearch);
    ASSERT_NE(popup(), nullptr);
    ASSERT_TRUE(popup()->isVisible());
    EXPECT_EQ(focusWidget(), popup()->queryBox());
    whenIType(QStringLiteral("appeared card"));
    thenResultsArrive();

    // Then the entry is the first result, under its group's heading, its words in bold
    auto *model = popup()->resultsModel();
    const auto current = popup()->resultsView()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(models::SearchResultsModel::IdRole).toLongLong(), entry);
    EXPECT_TRUE(model->index(0).data(models::SearchResultsModel::IsHeaderRole).toBool());
    EXPECT_TRUE(current.data(models::SearchResultsModel::SnippetHtmlRole)
                    .toString()
                    .contains(QStringLiteral("<b>appeared</b>")));

    // And the arrows move through the results and never onto a heading
    whenIPress(QKeySequence(Qt::Key_Up));
    EXPECT_EQ(popup()->resultsView()->currentIndex(), current);
    whenIPress(QKeySequence(Qt::Key_Down));
    whenIPress(QKeySequence(Qt::Key_Up));
    EXPECT_EQ(popup()->resultsView()->currentIndex(), current);

    // When I press Enter, the case is selected and the timeline is on the entry
    whenIPress(QKeySequence(Qt::Key_Return));
    EXPECT_FALSE(popup()->isVisible());
    EXPECT_EQ(m_real.window().casesPane()->currentCaseId(), hotel);
    const auto item = m_real.window().timelinePane()->currentItem();
    EXPECT_EQ(item.kind, ui::ItemRef::Kind::Entry);
    EXPECT_EQ(item.id, entry);
    EXPECT_EQ(focusWidget(), m_real.window().timelinePane()->entriesView());
}

TEST_F(SearchScenarios, EscGivesTheFocusBackAndABadQuerySaysWhere)
{
    givenTheDemoWorkspace();
    whenIOpenTheCase(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    QWidget *before = focusWidget();
    ASSERT_NE(before, nullptr);

    whenIPress(kSearch);
    whenIType(QStringLiteral("refund \"pre"));
    // The text stays as typed, and the box says where the query stops making sense.
    EXPECT_EQ(popup()->queryBox()->text(), QStringLiteral("refund \"pre"));
    EXPECT_TRUE(popup()->statusLabel()->text().contains(QStringLiteral("character 8")))
        << popup()->statusLabel()->text().toStdString();

    whenIPress(QKeySequence(Qt::Key_Escape));
    EXPECT_FALSE(popup()->isVisible());
    EXPECT_EQ(focusWidget(), before);

    // Ctrl+K again: the last query is there, selected, to refine or replace.
    whenIPress(kSearch);
    EXPECT_EQ(popup()->queryBox()->selectedText(), QStringLiteral("refund \"pre"));
    whenIPress(QKeySequence(Qt::Key_Escape));
}

} // namespace
} // namespace leverage::testing
