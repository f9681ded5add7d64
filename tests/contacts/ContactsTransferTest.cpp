#include "ui/contacts/ContactsTransfer.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/ContactRepository.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/contacts/ContactImportDialog.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QUndoStack>
#include <gtest/gtest.h>

namespace leverage {
namespace {

// Acts on the next modal dialog of type T once it is up: the import preview runs its own
// event loop, so the test acts from inside it. Gives up (rejecting
// whatever is modal, so the test fails instead of hanging) after about ten seconds.
template <typename T> void whenModal(std::function<void(T *)> act, int attempts = 200)
{
    QTimer::singleShot(50, [act, attempts] {
        auto *modal = qobject_cast<T *>(QApplication::activeModalWidget());
        if (modal)
            return act(modal);
        if (attempts > 0)
            return whenModal<T>(act, attempts - 1);
        ADD_FAILURE() << "the expected dialog never came up";
        if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            other->reject();
    });
}

TEST(ContactsTransfer, ExportThenImportThroughTheDialogs)
{
    testing::TestWorkspace source;
    ASSERT_TRUE(DemoWorkspaceBuilder(*source).build().isOk());
    const qint64 people = source->contacts().count().value(); // every one goes and comes back
    ASSERT_GT(people, 0);
    const QString path = source.directory() + QStringLiteral("/exported.vcf");
    QWidget window;
    leverage::testing::RecordingErrorReporter reporter;
    QUndoStack undo;
    ui::ContactsTransfer exporter(*source, models::UndoPusher(undo, reporter));
    QSignalSpy exported(&exporter, &ui::ContactsTransfer::message);
    exporter.setFileChooser([&](QWidget *, ui::ContactsTransfer::Choose what) {
        EXPECT_EQ(what, ui::ContactsTransfer::Choose::FileToExport);
        return QString(path).chopped(4); // without ".vcf": the suffix is added
    });
    exporter.exportContacts(&window);
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.first().first().toString(),
              QStringLiteral("Exported %1 contacts to %2.").arg(people).arg(path))
        << exported.first().first().toString().toStdString();
    ASSERT_TRUE(QFile::exists(path)) << exported.first().first().toString().toStdString();

    testing::TestWorkspace target;
    QUndoStack importUndo;
    ui::ContactsTransfer importer(*target, models::UndoPusher(importUndo, reporter));
    QSignalSpy imported(&importer, &ui::ContactsTransfer::message);
    importer.setFileChooser([&](QWidget *, ui::ContactsTransfer::Choose what) {
        EXPECT_EQ(what, ui::ContactsTransfer::Choose::FileToImport);
        return path;
    });
    whenModal<ui::ContactImportDialog>([](ui::ContactImportDialog *preview) {
        preview->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    importer.importContacts(&window);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().first().toString(),
              QStringLiteral("Imported contacts: %1 created, 0 merged, 0 skipped.").arg(people));
    EXPECT_EQ(target->contacts().count().value(), people);
    EXPECT_EQ(target->contacts().gateways()->size(), 3);
    ASSERT_EQ(importUndo.count(), 1) << "the import is one undo step";
    importUndo.undo();
    EXPECT_EQ(target->contacts().count().value(), 0);
    importUndo.redo();
    EXPECT_EQ(target->contacts().count().value(), people);
    EXPECT_EQ(target->contacts().gateways()->size(), 3);
    EXPECT_EQ(reporter.count(), 0);
}

TEST(ContactsTransfer, AFailedExportIsReportedNotBoxed)
{
    testing::TestWorkspace source;
    ASSERT_TRUE(DemoWorkspaceBuilder(*source).build().isOk());
    const qint64 people = source->contacts().count().value(); // every one goes and comes back
    ASSERT_GT(people, 0);
    testing::RecordingErrorReporter reporter;
    QWidget window;
    QUndoStack undo;
    ui::ContactsTransfer exporter(*source, models::UndoPusher(undo, reporter));
    exporter.setErrorReporter(&reporter);
    QSignalSpy exported(&exporter, &ui::ContactsTransfer::message);
    exporter.setFileChooser([&](QWidget *, ui::ContactsTransfer::Choose) {
        return source.directory() + QStringLiteral("/no/such/folder/contacts.vcf");
    });
    exporter.exportContacts(&window);
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(exported.count(), 0);
    ASSERT_EQ(reporter.messages().size(), 1);
    EXPECT_TRUE(
        reporter.messages().at(0).startsWith(QStringLiteral("The contacts were not exported: ")))
        << reporter.messages().at(0).toStdString();
}

} // namespace
} // namespace leverage
