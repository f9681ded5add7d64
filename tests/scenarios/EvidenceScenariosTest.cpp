// Evidence (issue 21), keyboard only: a photo of the damaged dishwasher attached with
// Ctrl+Shift+A and the file dialog's keyboard, stored in the workspace byte for byte, listed in
// the Attachments pane with its thumbnail, its removal undone, and printed as an exhibit.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/SealChain.h"
#include "core/store/SealVerifier.h"
#include "core/store/Workspace.h"
#include "ui/evidence/AttachmentsPane.h"
#include "ui/models/evidence/AttachmentListModel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace leverage::testing {
namespace {

using EvidenceScenarios = Scenario;

const QKeySequence kAttach{Qt::CTRL | Qt::SHIFT | Qt::Key_A};
const QKeySequence kUndo{Qt::CTRL | Qt::Key_Z};

QString photoOfTheDamage(const QTemporaryDir &dir)
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(QColor(70, 110, 160));
    for (int x = 40; x < 280; ++x) // a dent across the door
        image.setPixelColor(x, 120 + (x % 17) - 8, Qt::white);
    const QString path = dir.filePath(QStringLiteral("dishwasher-door.png"));
    image.save(path);
    return path;
}

} // namespace

TEST_F(EvidenceScenarios, APhotoIsAttachedWithTheKeyboardAndItsRemovalUndone)
{
    // Given the demo workspace, the dishwasher case open and a photo of the damage
    givenTheDemoWorkspace();
    const QString title =
        QStringLiteral("Dishwasher delivered damaged, installation left unfinished");
    whenIOpenTheCase(title);
    const RowId dishwasher = caseTitled(title);
    QTemporaryDir dir;
    const QString photo = photoOfTheDamage(dir);

    // When I press Ctrl+Shift+A, type the photo's path in the file dialog and press Return
    whenIPressAndThenInTheDialog(kAttach, [&] {
        whenIType(photo);
        whenIPress(QKeySequence(Qt::Key_Return));
    });

    // Then the photo is in the workspace, byte for byte, and in the Attachments pane
    QTRY_COMPARE_WITH_TIMEOUT(store().attachments().forCase(dishwasher)->size(), 1, 10000);
    const auto attachment = store().attachments().forCase(dishwasher)->first();
    QFile file(photo);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(attachment.sha256,
              QString::fromLatin1(
                  QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(attachment.originalName, QStringLiteral("dishwasher-door.png"));
    EXPECT_EQ(attachment.mimeType, QStringLiteral("image/png"));
    auto *pane = m_real.window().findChild<ui::AttachmentsPane *>();
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->isVisible());
    QTRY_COMPARE(pane->model()->rowCount(), 1);
    const auto thumbnail = pane->model()->data(
        pane->model()->index(0, models::AttachmentListModel::NameColumn), Qt::DecorationRole);
    EXPECT_FALSE(qvariant_cast<QImage>(thumbnail).isNull());

    // When I remove it and press Ctrl+Z, it is back with the same id, and the record is intact
    pane->view()->setFocus();
    pane->view()->selectRow(0);
    pane->removeAction()->trigger();
    EXPECT_TRUE(store().attachments().forCase(dishwasher)->isEmpty());
    whenIPress(kUndo);
    ASSERT_EQ(store().attachments().forCase(dishwasher)->size(), 1);
    EXPECT_EQ(store().attachments().forCase(dishwasher)->first().meta.id, attachment.meta.id);
    auto report = SealVerifier::verify(store(), dishwasher);
    ASSERT_TRUE(report.isOk());
    EXPECT_TRUE(report->intact());

    // When I mark it as an exhibit, the dossier's exhibit index lists it with its SHA-256 and
    // prints the chain's head
    pane->view()->selectRow(0);
    pane->exhibitAction()->trigger();
    ASSERT_TRUE(store().attachments().forCase(dishwasher)->first().isExhibit);
    const QString dossier = dossierText(dishwasher);
    EXPECT_TRUE(dossier.contains(QStringLiteral("Exhibits and the record")))
        << dossier.toStdString();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Exhibit 1")));
    EXPECT_TRUE(dossier.contains(QStringLiteral("dishwasher-door.png")));
    EXPECT_TRUE(dossier.contains(attachment.sha256.left(32)));
    EXPECT_TRUE(dossier.contains(store().seals().head()->left(32)));
}

} // namespace leverage::testing
