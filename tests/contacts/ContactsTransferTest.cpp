#include "contacts/ContactsTransfer.h"
#include "contacts/ContactImportDialog.h"
#include "services/DemoWorkspaceBuilder.h"
#include "store/ContactRepository.h"
#include "support/TestWorkspace.h"

#include <QApplication>
#include <QFile>
#include <QFileDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>

namespace leverage {
namespace {

// Answers the next modal dialog once it is up: the file dialogs and the import preview run
// their own event loops, so the test acts from inside them.
void whenModal(std::function<void(QWidget *)> act)
{
    QTimer::singleShot(50, [act] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return whenModal(act);
        act(modal);
    });
}

void chooseFile(QWidget *modal, const QString &path)
{
    auto *dialog = qobject_cast<QFileDialog *>(modal);
    ASSERT_NE(dialog, nullptr);
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept checks the choice
}

TEST(ContactsTransfer, ExportThenImportThroughTheDialogs)
{
    testing::TestWorkspace source;
    ASSERT_TRUE(DemoWorkspaceBuilder(*source).build().isOk());
    const QString path = source.directory() + QStringLiteral("/exported.vcf");
    QWidget window;
    ui::ContactsTransfer exporter(*source);
    QSignalSpy exported(&exporter, &ui::ContactsTransfer::message);
    whenModal([&](QWidget *modal) { chooseFile(modal, path); });
    exporter.exportContacts(&window);
    ASSERT_EQ(exported.count(), 1);
    EXPECT_TRUE(exported.first().first().toString().contains(QStringLiteral("16")))
        << exported.first().first().toString().toStdString();
    ASSERT_TRUE(QFile::exists(path));

    testing::TestWorkspace target;
    ui::ContactsTransfer importer(*target);
    QSignalSpy imported(&importer, &ui::ContactsTransfer::message);
    whenModal([&](QWidget *modal) {
        chooseFile(modal, path);
        whenModal([](QWidget *preview) {
            auto *dialog = qobject_cast<ui::ContactImportDialog *>(preview);
            ASSERT_NE(dialog, nullptr);
            dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        });
    });
    importer.importContacts(&window);
    ASSERT_EQ(imported.count(), 1);
    EXPECT_EQ(imported.first().first().toString(),
              QStringLiteral("Imported contacts: 16 created, 0 merged, 0 skipped."));
    EXPECT_EQ(target->contacts().count().value(), 16);
    EXPECT_EQ(target->contacts().gateways()->size(), 3);
}

} // namespace
} // namespace leverage
