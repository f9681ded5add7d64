// Search everything (issue 20), on the real window with the keyboard alone: Ctrl+K, type,
// arrows, Enter opens the item in context, Esc gives the focus back.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "app/FeatureWiring.h"
#include "core/store/SavedSearches.h"
#include "core/store/SearchIndex.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "tests/benchmarks/LargeWorkspace.h"
#include "tests/support/StallMeter.h"
#include "ui/cases/CasesPane.h"
#include "ui/common/FindBar.h"
#include "ui/common/MessageBar.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/contacts/ContactPagePane.h"
#include "ui/contacts/ContactsPane.h"
#include "ui/ledger/LedgerPane.h"
#include "ui/models/search/SavedSearchListModel.h"
#include "ui/models/search/SearchResultsModel.h"
#include "ui/search/SavedSearchesView.h"
#include "ui/search/SearchPopup.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QProgressDialog>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QUndoStack>
#include <iostream>

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

    // The words marked in the found entry's text below the timeline.
    QStringList markedWords() const
    {
        QStringList words;
        auto *view = m_real.window().timelinePane()->matchView();
        for (auto block = view->document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().background().style() != Qt::NoBrush)
                    words << it.fragment().text();
        return words;
    }

    ui::SavedSearchesView *savedSearches() const
    {
        return m_real.window().findChild<ui::SavedSearchesView *>();
    }

    QStringList savedNames() const
    {
        QStringList names;
        auto *model = savedSearches()->listView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, 0).data(Qt::DisplayRole).toString();
        return names;
    }

    // The keys of the View menu's "go to" a pane, as the user presses them.
    QKeySequence goToKeys(const QString &dock) const
    {
        auto *action = m_real.window().findChild<QAction *>(QStringLiteral("goTo_") + dock);
        EXPECT_NE(action, nullptr) << dock.toStdString();
        return action ? action->shortcut() : QKeySequence();
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

TEST_F(SearchScenarios, EnterMarksTheWordsInTheEntryAndEscGoesBackToWhereIWas)
{
    // Given the demo workspace, working on the therapy case
    givenTheDemoWorkspace();
    whenIOpenTheCase(QStringLiteral("Physical therapy visits billed as out-of-network"));
    const auto therapy = m_real.window().casesPane()->currentCaseId();
    QWidget *before = focusWidget();
    const auto hotel =
        caseTitled(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    const auto entry = entrySummarised(
        hotel, QStringLiteral(
                   "Supervisor: no reimbursement was ever filed; agent gave wrong information"));

    // When I search two words of that entry's notes and press Enter
    whenIPress(kSearch);
    whenIType(QStringLiteral("rationale receipts"));
    thenResultsArrive();
    EXPECT_EQ(popup()->resultsView()->currentIndex().data(models::SearchResultsModel::IdRole),
              entry);
    whenIPress(QKeySequence(Qt::Key_Return));

    // Then the timeline is on the entry, and its notes show below with the words marked
    // ("receipts" found "receipt": the index's stemming decides)
    auto *timeline = m_real.window().timelinePane();
    EXPECT_EQ(m_real.window().casesPane()->currentCaseId(), hotel);
    EXPECT_EQ(timeline->currentItem().id, entry);
    ASSERT_TRUE(timeline->matchView()->isVisible());
    EXPECT_TRUE(timeline->matchView()->toPlainText().contains(
        QStringLiteral("Claims need a receipt uploaded")));
    EXPECT_EQ(markedWords(), (QStringList{QStringLiteral("rationale"), QStringLiteral("receipt")}));

    // When I press Esc, I am back on the therapy case where I was, and the marks are gone
    whenIPress(QKeySequence(Qt::Key_Escape));
    EXPECT_EQ(m_real.window().casesPane()->currentCaseId(), therapy);
    EXPECT_EQ(focusWidget(), before);
    EXPECT_FALSE(timeline->matchView()->isVisible());
}

TEST_F(SearchScenarios, AContactOpensOnTheirPageWithTheMatchMarked)
{
    givenTheDemoWorkspace();
    QWidget *before = focusWidget();
    whenIPress(kSearch);
    whenIType(QStringLiteral("kind:contact refunds supervisor"));
    thenResultsArrive();
    EXPECT_EQ(popup()->resultsView()->currentIndex().data(models::SearchResultsModel::IdRole),
              contactNamed(QStringLiteral("Tanya Brooks")));
    whenIPress(QKeySequence(Qt::Key_Return));

    auto *page = m_real.features().contactPagePane();
    ASSERT_NE(page, nullptr);
    EXPECT_TRUE(page->isVisible());
    EXPECT_EQ(page->history()->contactId(), contactNamed(QStringLiteral("Tanya Brooks")));
    EXPECT_EQ(page->history()->highlightedWords(),
              (QStringList{QStringLiteral("Refunds"), QStringLiteral("Supervisor")}));
    // Esc: the marks go, and the focus is back where it was
    whenIPress(QKeySequence(Qt::Key_Escape));
    EXPECT_TRUE(page->history()->highlightedWords().isEmpty());
    EXPECT_EQ(focusWidget(), before);
}

TEST_F(SearchScenarios, ASavedSearchIsASmartListThatFollowsTheWorkspaceAndUndoes)
{
    // Given the demo workspace, its saved searches in the cases pane with their counts
    givenTheDemoWorkspace();
    auto *view = savedSearches();
    ASSERT_NE(view, nullptr);
    auto *model = qobject_cast<models::SavedSearchListModel *>(view->listView()->model());
    ASSERT_NE(model, nullptr);
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model->isCounted() && model->rowCount() == 3; }, 5000));
    EXPECT_TRUE(view->isVisible());
    EXPECT_TRUE(
        savedNames().first().startsWith(QStringLiteral("Every broken promise at Atlas Airways (")))
        << savedNames().first().toStdString();
    EXPECT_NE(model->countAt(0), 0);

    // When I search, press Ctrl+S and name the list
    whenIPress(kSearch);
    whenIType(QStringLiteral("claims"));
    thenResultsArrive();
    const int claims = popup()->resultsModel()->hitCount();
    whenIPressAndThenInTheDialog(QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key_A));
        whenIType(QStringLiteral("About claims"));
        whenIPress(QKeySequence(Qt::Key_Return));
    });

    // Then it is in the cases pane with its count, and the focus is on it
    ASSERT_TRUE(
        QTest::qWaitFor([&] { return model->isCounted() && model->rowCount() == 4; }, 5000));
    EXPECT_TRUE(savedNames().contains(QStringLiteral("About claims (%1)").arg(claims)));
    EXPECT_EQ(focusWidget(), view->listView());
    EXPECT_EQ(view->listView()->currentIndex().data(models::SavedSearchListModel::QueryRole),
              QStringLiteral("claims"));

    // When a new entry says "claims", the count follows
    whenIOpenTheCase(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    whenIPressAndThenInTheDialog(kNewEntry, [this] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_S)); // the summary
        whenIType(QStringLiteral("Claims called back"));
        whenIPress(kSubmit);
    });
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return model->isCounted() &&
                   savedNames().contains(QStringLiteral("About claims (%1)").arg(claims + 1));
        },
        5000))
        << savedNames().join(QStringLiteral(", ")).toStdString();

    // When I rename it (F2) and remove it (Delete), each undoes on its own
    view->listView()->setFocus(Qt::OtherFocusReason);
    view->select(SavedSearches::of(m_real.window().workspace()).list()->last().id);
    whenIPressAndThenInTheDialog(QKeySequence(Qt::Key_F2), [this] {
        whenIPress(QKeySequence(Qt::CTRL | Qt::Key_A));
        whenIType(QStringLiteral("Claims"));
        whenIPress(QKeySequence(Qt::Key_Return));
    });
    EXPECT_EQ(SavedSearches::of(m_real.window().workspace()).list()->last().name,
              QStringLiteral("Claims"));
    whenIPress(QKeySequence(Qt::Key_Delete));
    EXPECT_EQ(SavedSearches::of(m_real.window().workspace()).list()->size(), 3);
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(SavedSearches::of(m_real.window().workspace()).list()->last().name,
              QStringLiteral("Claims"));
    whenIPress(QKeySequence::Undo);
    EXPECT_EQ(SavedSearches::of(m_real.window().workspace()).list()->last().name,
              QStringLiteral("About claims"));

    // And Enter on it opens the search box with its query and its results
    view->listView()->setFocus(Qt::OtherFocusReason);
    view->select(SavedSearches::of(m_real.window().workspace()).list()->last().id);
    whenIPress(QKeySequence(Qt::Key_Return));
    ASSERT_TRUE(popup()->isVisible());
    EXPECT_EQ(popup()->queryBox()->text(), QStringLiteral("claims"));
    // The box opens on the results it showed last and searches again: they follow.
    EXPECT_TRUE(
        QTest::qWaitFor([&] { return popup()->resultsModel()->hitCount() == claims + 1; }, 5000))
        << popup()->resultsModel()->hitCount();
    whenIPress(QKeySequence(Qt::Key_Escape));
}

TEST_F(SearchScenarios, CtrlFFindsInThePaneWithTheFocusAndCtrlKStaysGlobal)
{
    givenTheDemoWorkspace();
    // In the cases pane: its title filter, as before
    whenIPress(goToKeys(QStringLiteral("casesDock")));
    whenIPress(QKeySequence::Find);
    EXPECT_EQ(focusWidget(), m_real.window().casesPane()->searchBox());

    // In the contacts pane: its own find box; typing goes to the first match, Enter the next
    whenIPress(goToKeys(QStringLiteral("contactsDock")));
    whenIPress(QKeySequence::Find);
    auto *contacts = ui::FindBar::around(m_real.window().contactsPane()->view());
    ASSERT_NE(contacts, nullptr);
    EXPECT_EQ(focusWidget(), contacts->box());
    whenIType(QStringLiteral("supervisor"));
    auto *tree = m_real.window().contactsPane()->view();
    const auto first = tree->currentIndex();
    EXPECT_TRUE(
        first.data().toString().contains(QStringLiteral("Supervisor"), Qt::CaseInsensitive) ||
        first.siblingAtColumn(1).data().toString().contains(QStringLiteral("Supervisor")))
        << first.data().toString().toStdString();
    EXPECT_TRUE(contacts->statusLabel()->text().startsWith(QStringLiteral("1 of ")));
    whenIPress(QKeySequence(Qt::Key_Return));
    EXPECT_NE(tree->currentIndex(), first);
    EXPECT_TRUE(contacts->statusLabel()->text().startsWith(QStringLiteral("2 of ")));
    whenIPress(QKeySequence(Qt::Key_Escape));
    EXPECT_EQ(focusWidget(), tree);
    EXPECT_FALSE(contacts->isVisible());

    // In the timeline: the case's entries
    whenIOpenTheCase(QStringLiteral("Hotel reimbursement promised after cancelled flight"));
    whenIPress(goToKeys(QStringLiteral("timeline")));
    whenIPress(QKeySequence::Find);
    auto *timeline = m_real.window().timelinePane();
    auto *entries = ui::FindBar::around(timeline->entriesView());
    ASSERT_NE(entries, nullptr);
    EXPECT_EQ(focusWidget(), entries->box());
    whenIType(QStringLiteral("voucher"));
    EXPECT_EQ(timeline->currentItem().id,
              entrySummarised(m_real.window().casesPane()->currentCaseId(),
                              QStringLiteral("Executive office: reimbursement approved, plus a "
                                             "$75 voucher")));
    whenIPress(QKeySequence(Qt::Key_Escape));

    // In the promise ledger: its promises
    whenIPress(goToKeys(QStringLiteral("ledgerDock")));
    whenIPress(QKeySequence::Find);
    auto *ledger = m_real.features().ledgerPane();
    ASSERT_NE(ledger, nullptr);
    auto *promises = ui::FindBar::around(ledger->findChild<QTableView *>());
    ASSERT_NE(promises, nullptr);
    EXPECT_EQ(focusWidget(), promises->box());
    whenIType(QStringLiteral("five business days"));
    EXPECT_TRUE(promises->statusLabel()->text().startsWith(QStringLiteral("1 of ")));
    whenIPress(QKeySequence(Qt::Key_Escape));

    // And Ctrl+K is the search of everything from anywhere
    whenIPress(kSearch);
    ASSERT_NE(popup(), nullptr);
    EXPECT_TRUE(popup()->isVisible());
    whenIPress(QKeySequence(Qt::Key_Escape));
}

TEST_F(SearchScenarios, TheFirstIndexBuildShowsItsProgressAndEscCancelsIt)
{
    // Given a workspace whose index must be built (an older version's), large enough that the
    // build takes a while
    QTemporaryDir dir;
    const auto path = dir.filePath(QStringLiteral("large.leverage"));
    {
        auto workspace = Workspace::open(path, m_clock);
        ASSERT_TRUE(workspace) << workspace.message().toStdString();
        bench::LargeWorkspaceSize size;
        size.organizations = 20;
        size.contacts = 200;
        size.cases = 100;
        size.entries = 60'000;
        size.heavyCaseEntries = 1'000;
        size.variedText = true;
        ASSERT_TRUE(bench::generateLargeWorkspace(**workspace, size));
        ASSERT_TRUE(SearchIndex(**workspace).markStale());
    }

    // When I open it, the window shows the build's progress and keeps drawing
    StallMeter stalls;
    stalls.start();
    ASSERT_TRUE(m_real.open(path, m_clock, false));
    QApplication::setActiveWindow(&m_real.window());
    QProgressDialog *progress = nullptr;
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            progress =
                m_real.window().findChild<QProgressDialog *>(QStringLiteral("searchIndexProgress"));
            return progress && progress->isVisible() && progress->value() > 0;
        },
        60000));
    EXPECT_TRUE(progress->isModal() || progress->windowModality() == Qt::WindowModal);
    EXPECT_LT(progress->value(), progress->maximum());

    // When I press Esc on it
    QApplication::setActiveWindow(progress);
    ASSERT_TRUE(QTest::qWaitForWindowActive(progress));
    whenIPress(QKeySequence(Qt::Key_Escape));
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return !m_real.window().findChild<QProgressDialog *>(
                QStringLiteral("searchIndexProgress"));
        },
        30000));
    stalls.stop();

    // Then the index is as it was, not built, and the window says search is not ready
    EXPECT_FALSE(*SearchIndex(m_real.window().workspace()).isCurrent());
    EXPECT_TRUE(m_real.window().messageBar()->text().contains(QStringLiteral("not ready")))
        << m_real.window().messageBar()->text().toStdString();
    QApplication::setActiveWindow(&m_real.window());
    whenIPress(kSearch);
    whenIType(QStringLiteral("refund"));
    ASSERT_TRUE(QTest::qWaitFor(
        [this] { return popup()->statusLabel()->text().contains(QStringLiteral("not ready")); },
        10000))
        << popup()->statusLabel()->text().toStdString();
    whenIPress(QKeySequence(Qt::Key_Escape));
    // And the window was never frozen: the longest the GUI thread went without its timer
    // (generous: six builds share two cores here).
    EXPECT_LT(stalls.longestMs(), 500) << "longest stall " << stalls.longestMs() << " ms";
    std::cout << "longest GUI stall during the build: " << stalls.longestMs() << " ms\n";
}

} // namespace
} // namespace leverage::testing
