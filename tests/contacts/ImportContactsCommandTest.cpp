#include "ui/models/contacts/commands/ImportContactsCommand.h"
#include "core/contacts/ContactImporter.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

// Grace is known at Northwind; the file has a newer card for her (a direct line, a note, and
// her supervisor, who is new), and a person at an organization the workspace lacks.
const char *const kCards = "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:7a0c8b4e-8d1f-4d7e-9b5a-"
                           "1f2e3d4c5b6a\nFN:Grace Okafor\nORG:Northwind\nTEL;TYPE=work:555-0199\n"
                           "NOTE:Prefers e-mail.\nX-LEVERAGE-SUPERVISOR:urn:uuid:0d9e8f7a-6b5c-"
                           "4d3e-8f2a-1b0c9d8e7f6a\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:0d9e8f7a-6b5c-4d3e-8f2a-"
                           "1b0c9d8e7f6a\nFN:Ruth Mensah\nORG:Northwind\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:4.0\nFN:Sam Lee\nORG:Southwind\nEND:VCARD\n";

class ImportContactsCommandTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Organization northwind;
        northwind.name = QStringLiteral("Northwind");
        ASSERT_TRUE(ws->organizations().add(northwind).isOk());
        grace.organizationId = northwind.meta.id;
        grace.name = QStringLiteral("Grace Okafor");
        grace.notes = QStringLiteral("Met at the counter.");
        ASSERT_TRUE(ws->contacts().add(grace).isOk());
    }

    // Pushes an import of kCards with duplicates merged; the report of what it wrote.
    ImportReport importWithMerge()
    {
        auto preview = ContactImporter(*ws).preview(QByteArray(kCards).replace("\n", "\r\n"));
        EXPECT_TRUE(preview) << preview.message().toStdString();
        auto command = std::make_unique<models::ImportContactsCommand>(
            *ws, *preview, ContactImporter::Duplicates::Merge);
        const auto *raw = command.get();
        const auto status = pusher.push(std::move(command));
        EXPECT_TRUE(status) << status.message().toStdString();
        return status ? raw->report() : ImportReport{};
    }
    Contact stored(RowId id) { return *ws->contacts().get(id); }
    // Content only: an undo writes a new version.
    static Contact content(Contact contact)
    {
        contact.meta = {};
        return contact;
    }

    testing::TestWorkspace ws;
    Contact grace;
    testing::RecordingErrorReporter reporter;
    QUndoStack stack;
    models::UndoPusher pusher{stack, reporter};
};

TEST_F(ImportContactsCommandTest, UndoRestoresTheMergedContactAndRemovesWhatWasCreated)
{
    const auto report = importWithMerge();
    ASSERT_EQ(report.merged, 1);
    ASSERT_EQ(report.created, 2);
    ASSERT_EQ(report.organizationsCreated, 1);
    const auto merged = stored(grace.meta.id);
    EXPECT_EQ(merged.directLine, QStringLiteral("555-0199"));
    EXPECT_GT(merged.supervisorId, 0) << "linked to Ruth, created by the same import";
    ASSERT_EQ(report.changes.changedBefore.size(), 1);
    EXPECT_EQ(report.changes.changedBefore.first(), grace);
    ASSERT_EQ(stack.count(), 1);

    stack.undo();
    EXPECT_EQ(stored(grace.meta.id).directLine, QString());
    EXPECT_EQ(content(stored(grace.meta.id)), content(grace));
    EXPECT_EQ(ws->contacts().count().value(), 1);
    EXPECT_EQ(ws->organizations().count().value(), 1);

    stack.redo();
    EXPECT_EQ(content(stored(grace.meta.id)), content(merged));
    for (const auto &created : report.changes.createdContacts)
        EXPECT_EQ(stored(created.meta.id), created) << "the same rows, ids and all";
    for (const auto &created : report.changes.createdOrganizations)
        EXPECT_EQ(*ws->organizations().get(created.meta.id), created);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ImportContactsCommandTest, AnOlderEditUndoneAfterTheImportStaysConsistent)
{
    models::WorkspaceEditor editor(*ws, stack, reporter);
    auto edited = stored(grace.meta.id);
    edited.position = QStringLiteral("Team lead");
    ASSERT_TRUE(editor.updateContact(edited));
    importWithMerge();
    const auto merged = stored(grace.meta.id);
    EXPECT_EQ(merged.position, QStringLiteral("Team lead")) << "the file had no position";
    ASSERT_EQ(stack.count(), 2);

    stack.undo(); // the import
    EXPECT_EQ(stored(grace.meta.id).position, QStringLiteral("Team lead"));
    EXPECT_TRUE(stored(grace.meta.id).directLine.isEmpty());
    stack.undo(); // the older edit: no merged field comes back with it
    EXPECT_EQ(content(stored(grace.meta.id)), content(grace));
    stack.redo();
    stack.redo();
    EXPECT_EQ(content(stored(grace.meta.id)), content(merged));
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ImportContactsCommandTest, UndoFailsWholeWhenACreatedContactIsGone)
{
    const auto report = importWithMerge();
    ASSERT_EQ(report.changes.createdContacts.size(), 2);
    const auto merged = stored(grace.meta.id);
    const auto sam = report.changes.createdContacts.last().meta.id;
    ASSERT_TRUE(ws->contacts().remove(sam)); // behind the stack's back

    stack.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(
        reporter.last().startsWith(QStringLiteral("“Import Contacts” could not be undone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(stack.count(), 0) << "dropped";
    EXPECT_EQ(stored(grace.meta.id), merged) << "nothing of the undo was written";
    EXPECT_EQ(ws->organizations().count().value(), 2);
}

} // namespace
} // namespace leverage
