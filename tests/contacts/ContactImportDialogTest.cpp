#include "ui/contacts/ContactImportDialog.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"

#include <QCheckBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

QByteArray crlf(const char *text)
{
    return QByteArray(text).replace("\n", "\r\n");
}

const char *const kCards = "BEGIN:VCARD\nVERSION:4.0\nFN:Grace Okafor\nORG:Northwind\n"
                           "TEL;TYPE=work:555-0199\nEND:VCARD\n"
                           "BEGIN:VCARD\nVERSION:3.0\nFN:New Person\nORG:Northwind\nEND:VCARD\n";

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

} // namespace
} // namespace leverage
