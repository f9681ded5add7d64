// Property: whatever sequence of edits, undos and redos the user makes, the search index
// holds exactly what a fresh scan of the tables would put in it (no stale, missing or deleted
// row), and a deleted item is never found.
#include "core/search/QueryParser.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/SearchIndex.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/support/RandomRows.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QSqlQuery>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::models::WorkspaceEditor;

namespace {

const QStringList kWords{QStringLiteral("refund"),  QStringLiteral("Müller"),
                         QStringLiteral("claim"),   QStringLiteral("77-310"),
                         QStringLiteral("张伟明"),  QStringLiteral("voucher"),
                         QStringLiteral("المبلغ"),  QStringLiteral("pre-authorised"),
                         QStringLiteral("O'Brien"), QStringLiteral("\"quoted\"")};

class Exactness : public leverage::testing::RandomRows
{
public:
    using RandomRows::RandomRows;

    QString text(int words)
    {
        QStringList picked;
        for (int i = 0; i < words; ++i)
            picked << kWords.at(upTo(int(kWords.size())));
        return picked.join(QLatin1Char(' '));
    }

    // One random step: an add, an edit or a removal of some kind, or an undo or a redo.
    void step(WorkspaceEditor &editor, QUndoStack &stack, FixedClock &clock)
    {
        auto &ws = editor.workspace();
        const RowId caseId = pick(ws, QStringLiteral("cases"));
        const int action = upTo(12);
        switch (action) {
        case 0: {
            Case c;
            c.title = text(3);
            c.reference = text(1);
            c.openedAt = Instant::fromDateTime(ws.clock().now());
            EXPECT_TRUE(editor.addCase(c));
            break;
        }
        case 1:
            if (caseId) {
                auto c = *ws.cases().get(caseId);
                c.desiredOutcome = text(4);
                EXPECT_TRUE(editor.updateCase(c));
            }
            break;
        case 2:
            if (caseId) {
                EXPECT_TRUE(editor.removeCase(caseId));
            }
            break;
        case 3:
        case 4:
            if (caseId) {
                TimelineEntry e;
                e.caseId = caseId;
                e.occurredAt = Instant::fromDateTime(ws.clock().now());
                e.summary = text(2);
                e.notes = text(6);
                e.personName = text(1);
                e.referenceNumber = text(1);
                EXPECT_TRUE(editor.addEntry(e));
            }
            break;
        case 5:
            if (caseId) {
                if (const auto id = pick(ws, QStringLiteral("timeline_entries"), caseId)) {
                    auto e = *ws.timeline().get(id);
                    e.notes = text(5);
                    EXPECT_TRUE(editor.updateEntry(e));
                }
            }
            break;
        case 6:
            if (caseId) {
                if (const auto id = pick(ws, QStringLiteral("timeline_entries"), caseId)) {
                    EXPECT_TRUE(editor.removeEntry(id));
                }
            }
            break;
        case 7:
            if (caseId) {
                Commitment c;
                c.caseId = caseId;
                c.what = text(3);
                c.madeByName = text(1);
                c.madeAt = Instant::fromDateTime(ws.clock().now());
                EXPECT_TRUE(editor.addCommitment(c));
            }
            break;
        case 8: {
            Contact c;
            c.name = text(2);
            c.notes = text(3);
            EXPECT_TRUE(editor.addContact(c));
            break;
        }
        case 9: {
            if (const auto id = pick(ws, QStringLiteral("contacts"))) {
                EXPECT_TRUE(editor.removeContact(id));
            }
            break;
        }
        case 10:
            if (stack.canUndo())
                stack.undo();
            break;
        default:
            if (stack.canRedo())
                stack.redo();
            break;
        }
        clock.advance(60);
    }
};

class SearchIndexExactnessTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
};

INSTANTIATE_TEST_SUITE_P(Engines, SearchIndexExactnessTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

TEST_P(SearchIndexExactnessTest, RandomEditsUndoAndRedoLeaveTheIndexExact)
{
    for (quint32 seed : {1u, 2u, 3u, 4u, 5u}) {
        leverage::testing::TestWorkspace ws;
        leverage::testing::RecordingErrorReporter reporter;
        QUndoStack stack;
        WorkspaceEditor editor(ws.get(), stack, reporter);
        Exactness run(seed);
        for (int i = 0; i < 120; ++i) {
            run.step(editor, stack, ws.clock());
            if (i % 20 == 19) {
                const auto differences = SearchIndex(ws.get()).differences();
                ASSERT_TRUE(differences) << differences.message().toStdString();
                ASSERT_EQ(*differences, 0) << "seed " << seed << " after step " << i;
            }
        }
        EXPECT_EQ(reporter.count(), 0) << reporter.last().toStdString();
        // Nothing found belongs to a row that is gone.
        const auto parsed = search::QueryParser::parse(QStringLiteral("refund OR claim OR 张伟明"));
        const auto hits = SearchIndex(ws.get()).search(parsed.query, 1000);
        ASSERT_TRUE(hits);
        for (const auto &hit : *hits) {
            if (hit.kind == SearchKind::Entry) {
                EXPECT_TRUE(ws->timeline().get(hit.id)) << "entry " << hit.id;
            }
            if (hit.kind == SearchKind::Case) {
                EXPECT_TRUE(ws->cases().get(hit.id)) << "case " << hit.id;
            }
        }
    }
}

TEST_P(SearchIndexExactnessTest, ACheckFindsADriftedIndexAndARebuildMakesItExact)
{
    leverage::testing::TestWorkspace ws;
    Case c;
    c.title = QStringLiteral("Lost bag");
    ASSERT_TRUE(ws->cases().add(c));
    SearchIndex index(ws.get());
    ASSERT_EQ(*index.differences(), 0);
    {
        // Behind the triggers' back, as a damaged or hand-edited file would be.
        WriteTransaction transaction(ws.get());
        QSqlQuery q(ws->database());
        ASSERT_TRUE(q.exec(ws->isTeamWorkspace() ? QStringLiteral("DELETE FROM search_docs")
                                                 : QStringLiteral("DELETE FROM search_text")));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(*index.differences(), 1);
    ASSERT_TRUE(index.rebuild());
    EXPECT_EQ(*index.differences(), 0);
}

} // namespace
