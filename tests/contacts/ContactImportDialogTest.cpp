#include "ui/contacts/ContactImportDialog.h"
#include "core/contacts/ContactImporter.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/contacts/Crlf.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/models/contacts/commands/ImportContactsCommand.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
using testing::crlf;
namespace {

const char *const kCards = "BEGIN:VCARD\nVERSION:4.0\nFN:Grace Okafor\nORG:Northwind\n"
                           "TEL;TYPE=work:555-0199\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nORG:Northwind\nEND:VCARD\n";

// Grace is known at Northwind; the file has a newer card for her (a direct line, a note, and
// her supervisor, who is new), and a person at an organization the workspace lacks.
const char *const kNewerCards =
    "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:7a0c8b4e-8d1f-4d7e-9b5a-"
    "1f2e3d4c5b6a\nFN:Grace Okafor\nORG:Northwind\nTEL;TYPE=work:555-0199\n"
    "NOTE:Prefers e-mail.\nX-LEVERAGE-SUPERVISOR:urn:uuid:0d9e8f7a-6b5c-"
    "4d3e-8f2a-1b0c9d8e7f6a\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nUID:urn:uuid:0d9e8f7a-6b5c-4d3e-8f2a-"
    "1b0c9d8e7f6a\nFN:Ruth Mensah\nORG:Northwind\nEND:VCARD\n"
    "BEGIN:VCARD\nVERSION:4.0\nFN:Sam Lee\nORG:Southwind\nEND:VCARD\n";

class ContactImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Organization northwind;
        northwind.name = QStringLiteral("Northwind");
        ASSERT_TRUE(ws->organizations().add(northwind).isOk());
        grace.organizationId = northwind.meta.id;
        grace.name = QStringLiteral("grace okafor");
        ASSERT_TRUE(ws->contacts().add(grace).isOk());
    }
    QPushButton *importButton(ui::ContactImportDialog &dialog)
    {
        return dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    }

    // Pushes an import of kNewerCards with duplicates merged; the report of what it wrote.
    ImportReport importWithMerge()
    {
        auto preview = ContactImporter(*ws).preview(crlf(kNewerCards));
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
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    models::UndoPusher pusher{undo, reporter};
};

TEST_F(ContactImportDialogTest, MalformedFileShowsTheLineAndImportsNothing)
{
    ui::ContactImportDialog dialog(*ws, pusher);
    QByteArray bytes = crlf(kCards);
    bytes += crlf("BEGIN:VCARD\nVERSION:4.0\nFN:");
    bytes += QByteArray(100 * 1024, 'x');
    bytes += crlf("\nEND:VCARD\n");
    EXPECT_FALSE(dialog.loadBytes(bytes));
    EXPECT_TRUE(dialog.errorText().contains(QStringLiteral("Line 14:")))
        << dialog.errorText().toStdString();
    EXPECT_FALSE(importButton(dialog)->isEnabled());
    EXPECT_EQ(dialog.previewTree()->topLevelItemCount(), 0);
    if (qEnvironmentVariableIsSet("LEVERAGE_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR") +
                           QStringLiteral("/contact-import-error.png"));
    dialog.importNow();
    EXPECT_EQ(ws->contacts().count().value(), 1);
}

// What the contacts cannot keep is said before anything is imported, never dropped silently.
TEST_F(ContactImportDialogTest, ThePreviewSaysWhatCannotBeKept)
{
    ui::ContactImportDialog dialog(*ws, pusher);
    ASSERT_TRUE(dialog.loadBytes(crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Ann Lee\nBDAY:1980-01-02\n"
                                      "PHOTO;ENCODING=b;TYPE=JPEG:AAAA\nEND:VCARD\n"
                                      "BEGIN:VCARD\nVERSION:3.0\nFN:Bo Lee\nBDAY:1981-01-02\n"
                                      "END:VCARD\n")));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summary"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(
        QStringLiteral("Not kept (Leverage has no place for it): BDAY (2 cards), PHOTO (1 card).")))
        << summary->text().toStdString();
}

TEST_F(ContactImportDialogTest, PreviewThenAskBeforeMerging)
{
    ui::ContactImportDialog dialog(*ws, pusher);
    ASSERT_TRUE(dialog.loadBytes(crlf(kCards)));
    ASSERT_EQ(dialog.previewTree()->topLevelItemCount(), 2);
    EXPECT_EQ(dialog.previewTree()->topLevelItem(0)->text(0),
              QStringLiteral("Duplicate of grace okafor"));
    EXPECT_EQ(dialog.previewTree()->topLevelItem(1)->text(0), QStringLiteral("New"));
    EXPECT_TRUE(importButton(dialog)->isEnabled());
    if (qEnvironmentVariableIsSet("LEVERAGE_SCREENSHOT_DIR"))
        dialog.grab().save(qEnvironmentVariable("LEVERAGE_SCREENSHOT_DIR") +
                           QStringLiteral("/contact-import.png"));

    int asked = 0;
    bool answer = false;
    dialog.setConfirmMerge([&](QWidget *, int duplicates) {
        ++asked;
        EXPECT_EQ(duplicates, 1);
        return answer;
    });
    dialog.mergeCheckBox()->setChecked(true);
    importButton(dialog)->click();
    EXPECT_EQ(asked, 1);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(ws->contacts().count().value(), 1) << "said no: nothing written";

    answer = true;
    importButton(dialog)->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.report().created, 1);
    EXPECT_EQ(dialog.report().merged, 1);
    EXPECT_EQ(ws->contacts().get(grace.meta.id)->directLine, QStringLiteral("555-0199"));

    // The whole import, merge included, is one step on the stack.
    ASSERT_EQ(undo.count(), 1);
    EXPECT_EQ(undo.undoText(), QStringLiteral("Import Contacts"));
    const auto created = dialog.report().changes.createdContacts;
    ASSERT_EQ(created.size(), 1);
    undo.undo();
    auto restored = *ws->contacts().get(grace.meta.id);
    restored.meta = grace.meta;
    EXPECT_EQ(restored, grace) << "the merged contact is as it was";
    EXPECT_EQ(ws->contacts().count().value(), 1);
    undo.redo();
    EXPECT_EQ(ws->contacts().get(grace.meta.id)->directLine, QStringLiteral("555-0199"));
    EXPECT_EQ(ws->contacts().get(created.first().meta.id)->name, QStringLiteral("New Person"));
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ContactImportDialogTest, DuplicatesAreSkippedWithoutAsking)
{
    ui::ContactImportDialog dialog(*ws, pusher);
    ASSERT_TRUE(dialog.loadBytes(crlf(kCards)));
    int asked = 0;
    dialog.setConfirmMerge([&](QWidget *, int) { return ++asked, true; });
    importButton(dialog)->click();
    EXPECT_EQ(asked, 0);
    EXPECT_EQ(dialog.report().created, 1);
    EXPECT_EQ(dialog.report().skipped, 1);
    EXPECT_TRUE(ws->contacts().get(grace.meta.id)->directLine.isEmpty());
}

TEST_F(ContactImportDialogTest, UndoRestoresTheMergedContactAndRemovesWhatWasCreated)
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
    ASSERT_EQ(undo.count(), 1);

    undo.undo();
    EXPECT_EQ(stored(grace.meta.id).directLine, QString());
    EXPECT_EQ(content(stored(grace.meta.id)), content(grace));
    EXPECT_EQ(ws->contacts().count().value(), 1);
    EXPECT_EQ(ws->organizations().count().value(), 1);

    undo.redo();
    EXPECT_EQ(content(stored(grace.meta.id)), content(merged));
    for (const auto &created : report.changes.createdContacts)
        EXPECT_EQ(stored(created.meta.id), created) << "the same rows, ids and all";
    for (const auto &created : report.changes.createdOrganizations)
        EXPECT_EQ(*ws->organizations().get(created.meta.id), created);
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ContactImportDialogTest, AnOlderEditUndoneAfterTheImportStaysConsistent)
{
    models::WorkspaceEditor editor(*ws, undo, reporter);
    auto edited = stored(grace.meta.id);
    edited.position = QStringLiteral("Team lead");
    ASSERT_TRUE(editor.updateContact(edited));
    importWithMerge();
    const auto merged = stored(grace.meta.id);
    EXPECT_EQ(merged.position, QStringLiteral("Team lead")) << "the file had no position";
    ASSERT_EQ(undo.count(), 2);

    undo.undo(); // the import
    EXPECT_EQ(stored(grace.meta.id).position, QStringLiteral("Team lead"));
    EXPECT_TRUE(stored(grace.meta.id).directLine.isEmpty());
    undo.undo(); // the older edit: no merged field comes back with it
    EXPECT_EQ(content(stored(grace.meta.id)), content(grace));
    undo.redo();
    undo.redo();
    EXPECT_EQ(content(stored(grace.meta.id)), content(merged));
    EXPECT_EQ(reporter.count(), 0);
}

TEST_F(ContactImportDialogTest, UndoFailsWholeWhenACreatedContactIsGone)
{
    const auto report = importWithMerge();
    ASSERT_EQ(report.changes.createdContacts.size(), 2);
    const auto merged = stored(grace.meta.id);
    const auto sam = report.changes.createdContacts.last().meta.id;
    ASSERT_TRUE(ws->contacts().remove(sam)); // behind the stack's back

    undo.undo();
    ASSERT_EQ(reporter.count(), 1);
    EXPECT_TRUE(
        reporter.last().startsWith(QStringLiteral("“Import Contacts” could not be undone: ")))
        << reporter.last().toStdString();
    EXPECT_EQ(undo.count(), 0) << "dropped";
    EXPECT_EQ(stored(grace.meta.id), merged) << "nothing of the undo was written";
    EXPECT_EQ(ws->organizations().count().value(), 2);
}

} // namespace
} // namespace leverage
