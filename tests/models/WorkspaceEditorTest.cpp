#include "ui/models/undo/WorkspaceEditor.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "tests/models/RemovalFixture.h"
#include "tests/models/StoreDump.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/cases/CaseListModel.h"
#include "ui/models/timeline/TimelineModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUndoStack>
#include <cstdio>
#include <functional>

using namespace leverage;
using leverage::models::WorkspaceEditor;
using leverage::testing::RemovalFixture;
using leverage::testing::StoreDump;

namespace {

class WorkspaceEditorTest : public RemovalFixture
{
protected:
    enum class Compare
    {
        Exact,
        Content
    };

    // Runs an edit through the editor, then undo, redo and undo again, checking the store
    // each time against what it was. An undone edit is a new write (a newer version), so
    // edits compare content; adds and removals must come back exactly, ids and all.
    void checkUndoRedo(const std::function<Status()> &edit, Compare compare, const QString &text)
    {
        const auto read = [&] {
            const auto dump = StoreDump::read(ws.get());
            return compare == Compare::Exact ? dump : dump.withoutVersions();
        };
        const auto before = read();
        const int depth = stack.index();
        ws.clock().advance(60);
        const auto status = edit();
        ASSERT_TRUE(status) << status.message().toStdString();
        ASSERT_EQ(stack.index(), depth + 1);
        EXPECT_EQ(stack.undoText(), text);
        const auto after = read();
        ASSERT_NE(after, before);
        ws.clock().advance(60);
        stack.undo();
        auto now = read();
        EXPECT_EQ(now, before) << "undo: " << now.difference(before).toStdString();
        ws.clock().advance(60);
        stack.redo();
        now = read();
        EXPECT_EQ(now, after) << "redo: " << now.difference(after).toStdString();
        stack.undo();
        now = read();
        EXPECT_EQ(now, before) << "second undo: " << now.difference(before).toStdString();
        EXPECT_EQ(errors.count(), 0);
    }

    leverage::testing::RecordingErrorReporter errors;

    QUndoStack stack;
    WorkspaceEditor editor{ws.get(), stack, errors};
};

} // namespace

TEST_F(WorkspaceEditorTest, CaseAddEditRemove)
{
    Case added;
    added.title = QStringLiteral("Boiler not repaired");
    added.organizationId = northwind.meta.id;
    checkUndoRedo([&] { return editor.addCase(added); }, Compare::Exact,
                  QStringLiteral("Add Case"));
    EXPECT_GT(added.meta.id, 0) << "the caller learns the new id";

    auto edited = *ws->cases().get(dishwasher.meta.id);
    edited.title = QStringLiteral("Dishwasher delivered damaged, refund owed");
    edited.status = CaseStatus::Escalated;
    checkUndoRedo([&] { return editor.updateCase(edited); }, Compare::Content,
                  QStringLiteral("Edit Case"));
    EXPECT_EQ(ws->cases().get(dishwasher.meta.id)->title, dishwasher.title);

    checkUndoRedo([&] { return editor.removeCase(dishwasher.meta.id); }, Compare::Exact,
                  QStringLiteral("Remove Case"));
    EXPECT_EQ(*ws->timeline().get(secondCall.meta.id), secondCall)
        << "children back with their ids";
}

TEST_F(WorkspaceEditorTest, ACaseWithANewOrganizationIsOneStep)
{
    Case added;
    added.title = QStringLiteral("Router never delivered");
    Organization typed;
    typed.name = QStringLiteral("Contoso Broadband");
    checkUndoRedo([&] { return editor.addCase(added, typed); }, Compare::Exact,
                  QStringLiteral("Add Case"));
    EXPECT_GT(typed.meta.id, 0) << "the caller learns the new organization's id";
    EXPECT_EQ(added.organizationId, typed.meta.id) << "the case names it";

    // Refused as a whole: an untitled case leaves no organization behind.
    const auto before = StoreDump::read(ws.get());
    Case untitled;
    Organization another;
    another.name = QStringLiteral("Fabrikam");
    EXPECT_FALSE(editor.addCase(untitled, another));
    EXPECT_EQ(StoreDump::read(ws.get()), before);
}

TEST_F(WorkspaceEditorTest, OrganizationAddEditRemove)
{
    Organization added;
    added.name = QStringLiteral("Regional Water Board");
    checkUndoRedo([&] { return editor.addOrganization(added); }, Compare::Exact,
                  QStringLiteral("Add Organization"));
    auto edited = northwind;
    edited.phone = QStringLiteral("+1 800 555 0199");
    checkUndoRedo([&] { return editor.updateOrganization(edited); }, Compare::Content,
                  QStringLiteral("Edit Organization"));
    checkUndoRedo([&] { return editor.removeOrganization(northwind.meta.id); }, Compare::Exact,
                  QStringLiteral("Remove Organization"));
}

TEST_F(WorkspaceEditorTest, ContactAddEditRemove)
{
    Contact added;
    added.name = QStringLiteral("Sam");
    added.organizationId = northwind.meta.id;
    added.supervisorId = boss.meta.id;
    checkUndoRedo([&] { return editor.addContact(added); }, Compare::Exact,
                  QStringLiteral("Add Contact"));
    auto edited = *ws->contacts().get(agent.meta.id);
    edited.supervisorId = 0;
    edited.position = QStringLiteral("Senior agent");
    checkUndoRedo([&] { return editor.updateContact(edited); }, Compare::Content,
                  QStringLiteral("Edit Contact"));
    checkUndoRedo([&] { return editor.removeContact(boss.meta.id); }, Compare::Exact,
                  QStringLiteral("Remove Contact"));
}

TEST_F(WorkspaceEditorTest, EntryAddEditRemoveKeepsTheCaseLastActivity)
{
    TimelineEntry added = secondCall;
    added.meta = {};
    added.occurredAt = Instant::fromUtcMs(secondCall.occurredAt.utcMs + 3'600'000, -5 * 3600);
    added.summary = QStringLiteral("Promised a callback");
    checkUndoRedo([&] { return editor.addEntry(added); }, Compare::Exact,
                  QStringLiteral("Add Entry"));
    auto edited = *ws->timeline().get(firstCall.meta.id);
    edited.holdSeconds = 40 * 60;
    edited.durationSeconds = 55 * 60;
    edited.serviceFailure = true;
    checkUndoRedo([&] { return editor.updateEntry(edited); }, Compare::Content,
                  QStringLiteral("Edit Entry"));
    checkUndoRedo([&] { return editor.removeEntry(secondCall.meta.id); }, Compare::Exact,
                  QStringLiteral("Remove Entry"));
}

TEST_F(WorkspaceEditorTest, CommitmentAddEditRemove)
{
    Commitment added;
    added.caseId = parcel.meta.id;
    added.what = QStringLiteral("Trace the parcel");
    added.madeAt = parcelCall.occurredAt;
    checkUndoRedo([&] { return editor.addCommitment(added); }, Compare::Exact,
                  QStringLiteral("Add Commitment"));
    auto edited = callback;
    edited.status = CommitmentStatus::Broken;
    checkUndoRedo([&] { return editor.updateCommitment(edited); }, Compare::Content,
                  QStringLiteral("Edit Commitment"));
    checkUndoRedo([&] { return editor.removeCommitment(callback.meta.id); }, Compare::Exact,
                  QStringLiteral("Remove Commitment"));
}

TEST_F(WorkspaceEditorTest, RefusedEditsReturnTheSentenceAndStayOffTheStack)
{
    Case untitled;
    auto status = editor.addCase(untitled);
    EXPECT_FALSE(status);
    EXPECT_EQ(status.code(), Error::Code::Invalid);
    EXPECT_FALSE(status.message().isEmpty());
    auto loop = *ws->contacts().get(boss.meta.id);
    loop.supervisorId = agent.meta.id; // who reports to the boss
    EXPECT_FALSE(editor.updateContact(loop)) << "a reporting loop is refused";
    auto stale = dishwasher; // read before the store bumped its version
    ASSERT_TRUE(editor.updateCase(*ws->cases().get(dishwasher.meta.id)));
    stale.title = QStringLiteral("Stale");
    EXPECT_EQ(editor.updateCase(stale).code(), Error::Code::Conflict);
    EXPECT_EQ(editor.removeEntry(987'654).code(), Error::Code::NotFound);
    EXPECT_EQ(stack.count(), 1) << "only the edit that worked";
}

TEST_F(WorkspaceEditorTest, AFailedUndoIsDroppedAndReported)
{
    Case added;
    added.title = QStringLiteral("Short-lived");
    ASSERT_TRUE(editor.addCase(added));
    ASSERT_TRUE(ws->cases().remove(added.meta.id)); // behind the stack's back
    stack.undo();
    ASSERT_EQ(errors.count(), 1);
    EXPECT_EQ(errors.last(),
              QStringLiteral("“Add Case” could not be undone: That item no longer exists."));
    EXPECT_EQ(stack.count(), 0) << "a step that no longer matches the store leaves the stack";
    EXPECT_FALSE(stack.canRedo());
}

TEST_F(WorkspaceEditorTest, TellsWhatARemovalWouldTakeBeforeAsking)
{
    auto impact = editor.caseRemovalImpact(dishwasher.meta.id);
    ASSERT_TRUE(impact);
    EXPECT_EQ(impact->entries, 2);
    EXPECT_EQ(impact->commitments, 1);
    EXPECT_TRUE(
        impact->describe().startsWith(QStringLiteral("This will also remove 2 timeline entries")));
    auto organization = editor.organizationRemovalImpact(northwind.meta.id);
    ASSERT_TRUE(organization);
    EXPECT_EQ(organization->contacts, 2);
    auto contact = editor.contactRemovalImpact(agent.meta.id);
    ASSERT_TRUE(contact);
    EXPECT_EQ(contact->references, 3) << "two entries and a participant name the agent";
}

TEST_F(WorkspaceEditorTest, ModelsFollowAnUndoneCaseRemoval)
{
    models::CaseListModel cases(ws.get());
    models::TimelineModel timeline(ws.get());
    QAbstractItemModelTester caseTester(&cases,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester timelineTester(&timeline,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    timeline.setCaseId(dishwasher.meta.id);
    ASSERT_EQ(timeline.rowCount(), 2);
    const int row = cases.rowOfCase(dishwasher.meta.id);
    ASSERT_GE(row, 0);
    ASSERT_TRUE(editor.removeCase(dishwasher.meta.id));
    EXPECT_EQ(cases.rowOfCase(dishwasher.meta.id), -1);
    EXPECT_EQ(timeline.rowCount(), 0);
    stack.undo();
    EXPECT_EQ(cases.rowOfCase(dishwasher.meta.id), row);
    timeline.setCaseId(dishwasher.meta.id);
    EXPECT_EQ(timeline.rowCount(), 2);
}

TEST_F(WorkspaceEditorTest, RemovingAndRestoringACaseWithAThousandEntriesWhileModelsWatch)
{
    const auto big = leverage::testing::Seed::caseRow(ws.get(), QStringLiteral("Years of calls"));
    {
        WriteTransaction batch(ws.get());
        for (int i = 0; i < 1000; ++i)
            leverage::testing::Seed::entry(ws.get(), big.meta.id, i);
        ASSERT_TRUE(batch.commit());
    }
    models::CaseListModel cases(ws.get());
    models::TimelineModel timeline(ws.get());
    timeline.setCaseId(big.meta.id);
    const auto before = StoreDump::read(ws.get());
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(editor.removeCase(big.meta.id));
    const auto removeMs = timer.restart();
    stack.undo();
    const auto undoMs = timer.elapsed();
    EXPECT_EQ(StoreDump::read(ws.get()), before);
    EXPECT_GE(cases.rowOfCase(big.meta.id), 0);
    timeline.setCaseId(big.meta.id);
    EXPECT_EQ(timeline.totalCount(), 1000);
    RecordProperty("remove_ms", int(removeMs));
    RecordProperty("undo_ms", int(undoMs));
    std::printf("removing a case of 1000 entries: %lld ms, undoing it: %lld ms\n",
                static_cast<long long>(removeMs), static_cast<long long>(undoMs));
}

// Where (issue 14): the case form's organizations (a new one made with the edit) and the entry
// form's people (others, copies, a typed person made a contact), each one step.
TEST_F(WorkspaceEditorTest, TheCasesOrganizationsWithANewOneAreOneStep)
{
    auto edited = *ws->cases().get(dishwasher.meta.id);
    edited.reference = QStringLiteral("ORD-1");
    Organization installer;
    installer.name = QStringLiteral("FitRight Installs");
    const QList<CaseOrganization> rows{{edited.organizationId, QStringLiteral("seller"), 0},
                                       {-1, QStringLiteral("installer"), edited.organizationId},
                                       {couriers.meta.id, QStringLiteral("provider"), -1}};
    checkUndoRedo([&] { return editor.updateCase(edited, rows, {installer}); }, Compare::Content,
                  QStringLiteral("Edit Case"));
    stack.redo();
    auto made = ws->organizations().findByName(QStringLiteral("FitRight Installs"));
    ASSERT_TRUE(made && made->has_value());
    const RowId fitRight = (*made)->meta.id;
    auto involved = ws->cases().involvedOrganizations(dishwasher.meta.id);
    ASSERT_TRUE(involved);
    EXPECT_EQ(*involved, (QList<CaseOrganization>{
                             {edited.organizationId, QStringLiteral("seller"), 0},
                             {fitRight, QStringLiteral("installer"), edited.organizationId},
                             {couriers.meta.id, QStringLiteral("provider"), fitRight}}));
    EXPECT_EQ(ws->cases().get(dishwasher.meta.id)->reference, QStringLiteral("ORD-1"));
}

TEST_F(WorkspaceEditorTest, AnEntryWithOthersCopiesAndANewContactIsOneStep)
{
    TimelineEntry entry;
    entry.caseId = dishwasher.meta.id;
    entry.occurredAt = Instant::fromDateTime(ws.clock().now());
    entry.personName = QStringLiteral("Tom Becker");
    entry.summary = QStringLiteral("Three-way call");
    std::optional<Contact> tom = Contact{};
    tom->name = QStringLiteral("Tom Becker");
    tom->organizationId = couriers.meta.id;
    const QList<EntryParticipant> people{
        {agent.meta.id, agent.name, agent.position, {}, {}, false},
        {0, QStringLiteral("Dana from head office"), {}, {}, {}, true}};
    checkUndoRedo([&] { return editor.saveEntry(entry, people, tom); }, Compare::Exact,
                  QStringLiteral("Add Entry"));
    stack.redo();
    ASSERT_GT(entry.meta.id, 0);
    ASSERT_GT(tom->meta.id, 0);
    EXPECT_EQ(ws->timeline().get(entry.meta.id)->contactId, tom->meta.id);
    EXPECT_EQ(*ws->timeline().participants(entry.meta.id), people);

    // An edit of an entry's people: one step back to who was on it.
    auto edited = *ws->timeline().get(firstCall.meta.id);
    edited.summary = QStringLiteral("Corrected");
    std::optional<Contact> none;
    checkUndoRedo(
        [&] {
            return editor.saveEntry(edited, {{courier.meta.id, courier.name, {}, {}, {}, true}},
                                    none);
        },
        Compare::Content, QStringLiteral("Edit Entry"));
    stack.redo();
    auto now = ws->timeline().participants(firstCall.meta.id);
    ASSERT_TRUE(now);
    ASSERT_EQ(now->size(), 1);
    EXPECT_TRUE(now->first().cc);
}
