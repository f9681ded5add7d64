// Property: whatever edits, undos and redos the user makes (entries of every channel with
// durations, hold and effort, people named and renamed, promises kept and broken, contacts and
// whole cases removed and put back), the per-case sums the outcome figures read (case_figures,
// case_contact_figures) equal a fresh computation over the entries and promises, on both
// engines.
#include "core/store/CaseFigures.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
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

class Edits : public leverage::testing::RandomRows
{
public:
    using RandomRows::RandomRows;

    // What the figures count of an entry, chosen at random: its channel, length, hold, effort
    // (sometimes none) and the person named (sometimes nobody).
    void vary(Workspace &ws, TimelineEntry &e)
    {
        e.channel = Channel(upTo(6));
        e.durationSeconds = 60 * upTo(45);
        e.holdSeconds = 30 * upTo(e.durationSeconds / 30 + 1); // never longer than the call
        e.effort = upTo(3) == 0 ? std::optional<int>() : std::optional<int>(1 + upTo(5));
        e.contactId = upTo(3) == 0 ? 0 : pick(ws, QStringLiteral("contacts"));
    }

    void step(WorkspaceEditor &editor, QUndoStack &stack, FixedClock &clock)
    {
        auto &ws = editor.workspace();
        const RowId caseId = pick(ws, QStringLiteral("cases"));
        switch (upTo(14)) {
        case 0: {
            Case c;
            c.title = QStringLiteral("Case %1").arg(upTo(1000));
            c.openedAt = Instant::fromDateTime(ws.clock().now());
            EXPECT_TRUE(editor.addCase(c));
            break;
        }
        case 1:
            if (caseId) {
                EXPECT_TRUE(editor.removeCase(caseId));
            }
            break;
        case 2:
        case 3:
        case 4:
            if (caseId) {
                TimelineEntry e;
                e.caseId = caseId;
                e.occurredAt = Instant::fromDateTime(ws.clock().now());
                e.summary = QStringLiteral("Call");
                vary(ws, e);
                const auto added = editor.addEntry(e);
                EXPECT_TRUE(added) << added.message().toStdString();
            }
            break;
        case 5:
            if (const auto id = pick(ws, QStringLiteral("timeline_entries"), caseId)) {
                auto e = *ws.timeline().get(id);
                vary(ws, e);
                EXPECT_TRUE(editor.updateEntry(e));
            }
            break;
        case 6:
            if (const auto id = pick(ws, QStringLiteral("timeline_entries"), caseId)) {
                EXPECT_TRUE(editor.removeEntry(id));
            }
            break;
        case 7:
            if (caseId) {
                Commitment c;
                c.caseId = caseId;
                c.what = QStringLiteral("Call back");
                c.status = CommitmentStatus(upTo(4));
                c.contactId = pick(ws, QStringLiteral("contacts"));
                c.madeAt = Instant::fromDateTime(ws.clock().now());
                EXPECT_TRUE(editor.addCommitment(c));
            }
            break;
        case 8:
            if (const auto id = pick(ws, QStringLiteral("commitments"), caseId)) {
                auto c = *ws.commitments().get(id);
                c.status = CommitmentStatus(upTo(4));
                EXPECT_TRUE(editor.updateCommitment(c));
            }
            break;
        case 9:
            if (const auto id = pick(ws, QStringLiteral("commitments"), caseId)) {
                EXPECT_TRUE(editor.removeCommitment(id));
            }
            break;
        case 10: {
            Contact c;
            c.name = QStringLiteral("Agent %1").arg(upTo(1000));
            EXPECT_TRUE(editor.addContact(c));
            break;
        }
        case 11:
            if (const auto id = pick(ws, QStringLiteral("contacts"))) {
                EXPECT_TRUE(editor.removeContact(id));
            }
            break;
        case 12:
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

class CaseFiguresExactnessTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
};

INSTANTIATE_TEST_SUITE_P(Engines, CaseFiguresExactnessTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

TEST_P(CaseFiguresExactnessTest, RandomEditsUndoAndRedoLeaveTheSumsExact)
{
    for (quint32 seed : {1u, 2u, 3u, 4u}) {
        leverage::testing::TestWorkspace ws;
        leverage::testing::RecordingErrorReporter reporter;
        QUndoStack stack;
        WorkspaceEditor editor(ws.get(), stack, reporter);
        Edits run(seed);
        // Two people and two cases to start from, so that the first steps have something to
        // name and to count.
        for (int i = 0; i < 2; ++i) {
            Contact person;
            person.name = QStringLiteral("Person %1").arg(i);
            ASSERT_TRUE(editor.addContact(person));
            Case c;
            c.title = QStringLiteral("Start %1").arg(i);
            ASSERT_TRUE(editor.addCase(c));
        }
        qint64 counted = 0;
        for (int i = 0; i < 150; ++i) {
            run.step(editor, stack, ws.clock());
            if (i % 25 == 24) {
                const auto differences = casefigures::differences(ws.get());
                ASSERT_TRUE(differences) << differences.message().toStdString();
                ASSERT_EQ(*differences, 0) << "seed " << seed << " after step " << i;
                QSqlQuery rows(ws->database());
                ASSERT_TRUE(rows.exec(QStringLiteral("SELECT sum(calls + emails + letters + "
                                                     "visits + chats) FROM case_figures")));
                rows.next();
                counted += rows.value(0).toLongLong();
            }
        }
        EXPECT_EQ(reporter.count(), 0) << reporter.last().toStdString();
        EXPECT_GT(counted, 0) << "seed " << seed << ": the edits never counted an entry";
    }
}

// The check itself finds a sum changed behind the triggers' back (else a passing property
// would prove nothing).
TEST_P(CaseFiguresExactnessTest, TheCheckFindsADriftedSum)
{
    leverage::testing::TestWorkspace ws;
    Case c;
    c.title = QStringLiteral("Lost bag");
    ASSERT_TRUE(ws->cases().add(c));
    Contact dana;
    dana.name = QStringLiteral("Dana");
    ASSERT_TRUE(ws->contacts().add(dana));
    TimelineEntry call;
    call.caseId = c.meta.id;
    call.channel = Channel::Call;
    call.durationSeconds = 600;
    call.holdSeconds = 240;
    call.contactId = dana.meta.id;
    call.occurredAt = Instant::fromDateTime(ws.clock().now());
    ASSERT_TRUE(ws->timeline().add(call));
    ASSERT_EQ(*casefigures::differences(ws.get()), 0);

    QSqlQuery read(ws->database());
    ASSERT_TRUE(read.exec(QStringLiteral("SELECT calls, call_seconds, hold_seconds, people FROM "
                                         "case_figures")));
    ASSERT_TRUE(read.next());
    EXPECT_EQ(read.value(0).toInt(), 1);
    EXPECT_EQ(read.value(1).toInt(), 600);
    EXPECT_EQ(read.value(2).toInt(), 240);
    EXPECT_EQ(read.value(3).toInt(), 1);
    {
        WriteTransaction transaction(ws.get());
        QSqlQuery q(ws->database());
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE case_figures SET hold_seconds = 0")));
        ASSERT_TRUE(transaction.commit());
    }
    EXPECT_EQ(*casefigures::differences(ws.get()), 2); // one row each way
}

} // namespace
