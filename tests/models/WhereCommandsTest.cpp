// Where (issue 14): the case form's organizations and the entry form's people, each one undo
// step through the editor, undone and redone exactly.
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/models/RemovalFixture.h"
#include "tests/models/StoreDump.h"
#include "tests/support/RecordingErrorReporter.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QUndoStack>

using namespace leverage;
using leverage::models::WorkspaceEditor;
using leverage::testing::RemovalFixture;
using leverage::testing::StoreDump;

namespace {

class WhereCommandsTest : public RemovalFixture
{
protected:
    // The edit, then undo, redo and undo, the store compared (content: an undo is a write).
    void checkUndoRedo(const std::function<Status()> &edit, const QString &text)
    {
        const auto before = StoreDump::read(ws.get()).withoutVersions();
        const auto status = edit();
        ASSERT_TRUE(status) << status.message().toStdString();
        EXPECT_EQ(stack.undoText(), text);
        const auto after = StoreDump::read(ws.get()).withoutVersions();
        ASSERT_NE(after, before);
        stack.undo();
        EXPECT_EQ(StoreDump::read(ws.get()).withoutVersions(), before);
        stack.redo();
        EXPECT_EQ(StoreDump::read(ws.get()).withoutVersions(), after);
        stack.undo();
        EXPECT_EQ(StoreDump::read(ws.get()).withoutVersions(), before);
        stack.redo();
        EXPECT_EQ(errors.count(), 0);
    }

    leverage::testing::RecordingErrorReporter errors;
    QUndoStack stack;
    WorkspaceEditor editor{ws.get(), stack, errors};
};

} // namespace

TEST_F(WhereCommandsTest, TheCasesOrganizationsWithANewOneAreOneStep)
{
    auto edited = *ws->cases().get(dishwasher.meta.id);
    edited.reference = QStringLiteral("ORD-1");
    Organization installer;
    installer.name = QStringLiteral("FitRight Installs");
    const QList<CaseOrganization> rows{{edited.organizationId, QStringLiteral("seller"), 0},
                                       {-1, QStringLiteral("installer"), edited.organizationId},
                                       {couriers.meta.id, QStringLiteral("provider"), -1}};
    checkUndoRedo([&] { return editor.updateCase(edited, rows, {installer}); },
                  QStringLiteral("Edit Case"));
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

TEST_F(WhereCommandsTest, AnEntryWithOthersCopiesAndANewContactIsOneStep)
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
    checkUndoRedo([&] { return editor.saveEntry(entry, people, tom); },
                  QStringLiteral("Add Entry"));
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
        QStringLiteral("Edit Entry"));
    auto now = ws->timeline().participants(firstCall.meta.id);
    ASSERT_TRUE(now);
    ASSERT_EQ(now->size(), 1);
    EXPECT_TRUE(now->first().cc);
}
