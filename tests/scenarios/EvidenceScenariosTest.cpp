// Evidence (issue 21), keyboard only: a photo of the damaged dishwasher attached with
// Ctrl+Shift+A and the file dialog's keyboard, stored in the workspace byte for byte, listed in
// the Attachments pane with its thumbnail, its removal undone, and printed as an exhibit.
#include "tests/scenarios/Scenario.h"
#include "tests/scenarios/ScenarioKeys.h"
#include "tests/support/PdfTools.h"

#include "core/store/AttachmentRepository.h"
#include "core/store/SealChain.h"
#include "core/store/SealVerifier.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "ui/evidence/AttachmentPreview.h"
#include "ui/evidence/AttachmentsPane.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/evidence/AttachmentListModel.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace leverage::testing {
namespace {

const QKeySequence kAttach{Qt::CTRL | Qt::SHIFT | Qt::Key_A};
const QKeySequence kExhibit{Qt::CTRL | Qt::SHIFT | Qt::Key_X};
const QKeySequence kExportDossier{Qt::CTRL | Qt::SHIFT | Qt::Key_D};
const QKeySequence kGoToTimeline{Qt::CTRL | Qt::Key_2};

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

// The company's letter, two pages.
QString refundLetter(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("refund-letter.pdf"));
    QPdfWriter writer(path);
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 20));
    painter.drawText(QPointF(300, 900), QStringLiteral("We will refund you within 5 days"));
    writer.newPage();
    painter.drawText(QPointF(300, 900), QStringLiteral("Customer Relations"));
    painter.end();
    return path;
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(pdfInfo(pdf)).captured(1).toInt();
}

} // namespace

class EvidenceScenarios : public Scenario
{
protected:
    // Given the demo workspace with the dishwasher case open: the case's id.
    RowId givenTheDishwasherCaseOpen()
    {
        givenTheDemoWorkspace();
        const QString title =
            QStringLiteral("Dishwasher delivered damaged, installation left unfinished");
        whenIOpenTheCase(title);
        return caseTitled(title);
    }

    // Whether the dossier options' "Copies of the exhibits" box is ticked.
    static bool copiesTicked()
    {
        for (auto *box : QApplication::activeModalWidget()->findChildren<QCheckBox *>())
            if (box->text().contains(QStringLiteral("xhibits")))
                return box->isChecked();
        return false;
    }

    // Ctrl+Shift+A, the file's path typed in the file dialog, Return.
    void whenIAttach(const QString &path)
    {
        whenIPressAndThenInTheDialog(kAttach, [&] {
            whenIType(path);
            whenIPress(QKeySequence(Qt::Key_Return));
        });
    }
};

TEST_F(EvidenceScenarios, APhotoIsAttachedWithTheKeyboardAndItsRemovalUndone)
{
    // Given the demo workspace, the dishwasher case open and a photo of the damage
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    QTemporaryDir dir;
    const QString photo = photoOfTheDamage(dir);

    // When I press Ctrl+Shift+A, type the photo's path in the file dialog and press Return
    whenIAttach(photo);

    // Then the photo is in the workspace, byte for byte, and in the Attachments pane
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return store().attachments().forCase(dishwasher)->size() == 1; }, 10000));
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
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->model()->rowCount() == 1; }));
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

TEST_F(EvidenceScenarios, ExhibitsOnAnEntryAreCitedAndTheirPagesFollowTheExportedDossier)
{
    // Given the demo workspace, the dishwasher case open, a photo and the company's letter
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    QTemporaryDir dir;
    const QString photo = photoOfTheDamage(dir);
    const QString letter = refundLetter(dir);

    // When I go to the timeline's first entry and attach both with Ctrl+Shift+A, marking each
    // with Ctrl+Shift+X in the Attachments pane the keys land in
    whenIPress(kGoToTimeline); // "Newest first", then Tab to the entries
    whenIPress(QKeySequence(Qt::Key_Tab));
    whenIPress(QKeySequence(Qt::Key_Home));
    auto *entries = m_real.window().timelinePane()->entriesView();
    ASSERT_EQ(focusWidget(), entries);
    ASSERT_TRUE(entries->currentIndex().isValid());
    const RowId entry = entries->currentIndex().data(models::IdRole).toLongLong();
    auto *pane = m_real.window().findChild<ui::AttachmentsPane *>();
    int attached = 0;
    for (const QString &file : {photo, letter}) {
        whenIPress(kGoToTimeline); // back on the same entry
        whenIPress(QKeySequence(Qt::Key_Tab));
        whenIAttach(file);
        ++attached;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return store().attachments().forEntry(entry)->size() == attached; }, 10000));
        ASSERT_NE(pane, nullptr);
        ASSERT_TRUE(QTest::qWaitFor([&] { return pane->model()->rowCount() == attached; }));
        EXPECT_EQ(focusWidget(), pane->view());
        whenIPress(kExhibit); // on the file just attached
    }
    const auto exhibits = store().attachments().exhibits(dishwasher);
    ASSERT_EQ(exhibits->size(), 2);

    // And export the dossier with Ctrl+Shift+D, ticking "Copies of the exhibits" (Alt+X)
    const QString pdf = dir.filePath(QStringLiteral("dishwasher.pdf"));
    whenIPressAndThenInTheDialogs(kExportDossier,
                                  {[&] {
                                       whenIPress(QKeySequence(Qt::ALT | Qt::Key_X));
                                       // A mnemonic clicks as a mouse would, a moment later.
                                       ASSERT_TRUE(QTest::qWaitFor(copiesTicked));
                                       whenIPress(QKeySequence(Qt::Key_Return));
                                   },
                                   [&] {
                                       whenIType(pdf);
                                       whenIPress(QKeySequence(Qt::Key_Return));
                                   }});

    // Then the entry cites both exhibits, the photo has a page and the letter its two
    const QStringList pages = pdfPages(pdf);
    const int count = pageCount(pdf);
    ASSERT_GE(count, 4);
    ASSERT_EQ(pages.size(), count);
    const QString all = pdfText(pdf, false).simplified();
    EXPECT_TRUE(all.contains(QStringLiteral("See Exhibits 1 and 2"))) << all.toStdString();
    EXPECT_TRUE(pages.at(count - 3).contains(QStringLiteral("Exhibit 1: dishwasher-door.png")))
        << pages.at(count - 3).toStdString();
    EXPECT_TRUE(
        pages.at(count - 2).contains(QStringLiteral("Exhibit 2: refund-letter.pdf, page 1 of 2")));
    EXPECT_TRUE(
        pages.at(count - 1).contains(QStringLiteral("Exhibit 2: refund-letter.pdf, page 2 of 2")));
    EXPECT_TRUE(pages.at(count - 1).contains(QStringLiteral("Page %1 of %1").arg(count)));
    // And without the copies, the dossier is three pages shorter
    const QString plain = dossierText(dishwasher).simplified();
    EXPECT_TRUE(plain.contains(QStringLiteral("See Exhibits 1 and 2")));
    EXPECT_FALSE(plain.contains(QStringLiteral("page 1 of 2")));
}

TEST_F(EvidenceScenarios, SpaceShowsTheFilesArrowsGoToTheNextAndEscCloses)
{
    // Given the dishwasher case with a photo and the company's two-page letter attached
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    QTemporaryDir dir;
    int attached = 0;
    for (const QString &file : {photoOfTheDamage(dir), refundLetter(dir)}) {
        whenIAttach(file);
        ++attached;
        ASSERT_TRUE(QTest::qWaitFor(
            [&] { return store().attachments().forCase(dishwasher)->size() == attached; }, 10000));
    }
    auto *pane = m_real.window().findChild<ui::AttachmentsPane *>();
    ASSERT_NE(pane, nullptr);
    ASSERT_TRUE(QTest::qWaitFor([&] { return pane->model()->rowCount() == 2; }));
    ASSERT_EQ(focusWidget(), pane->view());

    // When I go to the first file (Ctrl+Home) and press Space, the photo is shown, drawn
    whenIPress(QKeySequence(Qt::CTRL | Qt::Key_Home));
    std::vector<std::function<void()>> steps{[&] {
        auto *preview = qobject_cast<ui::AttachmentPreview *>(QApplication::activeModalWidget());
        ASSERT_NE(preview, nullptr);
        EXPECT_EQ(preview->current(), 0);
        EXPECT_TRUE(preview->caption().startsWith(QStringLiteral("dishwasher-door.png")))
            << preview->caption().toStdString();
        const QImage shown = preview->shownImage();
        ASSERT_FALSE(shown.isNull());
        // The photo's blue is on the page, not only the window's grey.
        EXPECT_EQ(shown.pixelColor(shown.width() / 2, shown.height() / 8), QColor(70, 110, 160));

        // And Right goes to the letter, Page Down to its second page, Esc closes
        whenIPress(QKeySequence(Qt::Key_Right));
        EXPECT_EQ(preview->current(), 1);
        EXPECT_EQ(preview->pageCount(), 2);
        EXPECT_TRUE(preview->caption().startsWith(QStringLiteral("refund-letter.pdf, page 1 of 2")))
            << preview->caption().toStdString();
        whenIPress(QKeySequence(Qt::Key_PageDown));
        EXPECT_EQ(preview->page(), 1);
        EXPECT_TRUE(preview->caption().contains(QStringLiteral("page 2 of 2")));
        EXPECT_FALSE(preview->shownImage().isNull());
        whenIPress(QKeySequence(Qt::Key_Escape));
    }};
    whenIPressAndThenInTheDialogs(QKeySequence(Qt::Key_Space), steps);

    // Then the list is on the letter, where the arrows left it
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    EXPECT_EQ(pane->view()->currentIndex().row(), 1);
}

TEST_F(EvidenceScenarios, AnEditedEntryKeepsItsEarlierVersionAndTheDossierSaysSo)
{
    // Given the demo workspace, on the dishwasher case's first timeline entry
    const RowId dishwasher = givenTheDishwasherCaseOpen();
    whenIPress(kGoToTimeline); // "Newest first", then Tab to the entries
    whenIPress(QKeySequence(Qt::Key_Tab));
    whenIPress(QKeySequence(Qt::Key_Home));
    auto *entries = m_real.window().timelinePane()->entriesView();
    const RowId entry = entries->currentIndex().data(models::IdRole).toLongLong();
    const QString before = store().timeline().get(entry)->summary;

    // When an hour later I change its summary (F2, Alt+S, type, Ctrl+Return)
    whenTimePasses(3600);
    whenIPressAndThenInTheDialog(kEdit, [&] {
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_S));
        whenIPress(QKeySequence::SelectAll);
        whenIType(QStringLiteral("Delivered with a dented door"));
        whenIPress(kSubmit);
    });
    ASSERT_EQ(store().timeline().get(entry)->summary,
              QStringLiteral("Delivered with a dented door"));

    // Then the entry says it was edited once, and Alt+V shows what it said before
    QString said;
    QString history;
    whenIPressAndThenInTheDialog(kEdit, [&] {
        QWidget *entryDialog = QApplication::activeModalWidget();
        auto *label = entryDialog->findChild<QLabel *>(QStringLiteral("editedTimes"));
        ASSERT_NE(label, nullptr);
        said = label->text();
        // The earlier versions open over the entry (a dialog in a dialog): read, then Esc.
        QTimer readIt;
        readIt.setInterval(5);
        QObject::connect(&readIt, &QTimer::timeout, [&] {
            QWidget *shown = QApplication::activeModalWidget();
            if (!shown || shown == entryDialog)
                return;
            readIt.stop();
            QApplication::setActiveWindow(shown);
            if (auto *text = shown->findChild<QPlainTextEdit *>(QStringLiteral("entryHistory")))
                history = text->toPlainText();
            whenIPress(QKeySequence(Qt::Key_Escape));
        });
        readIt.start();
        whenIPress(QKeySequence(Qt::ALT | Qt::Key_V));
        // The button clicks a moment after its mnemonic.
        ASSERT_TRUE(QTest::qWaitFor([&] { return !history.isEmpty(); }));
        QApplication::setActiveWindow(entryDialog);
        whenIPress(QKeySequence(Qt::Key_Escape)); // the entry, unchanged
    });
    EXPECT_EQ(said, QStringLiteral("Edited once since it was recorded."));
    EXPECT_TRUE(history.contains(QStringLiteral("Version 1: recorded"))) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("Version 2: edited"))) << history.toStdString();
    EXPECT_TRUE(history.contains(QStringLiteral("Summary: \u201c%1\u201d \u2192 \u201cDelivered "
                                                "with a dented door\u201d")
                                     .arg(before)))
        << history.toStdString();

    // And the dossier prints that the entry was edited after it was recorded, and when
    const QString dossier = dossierText(dishwasher).simplified();
    EXPECT_TRUE(dossier.contains(QStringLiteral("Edited after it was recorded (once), last on "
                                                "Mon 2 Mar 2026, 10:00 UTC-05:00")))
        << dossier.toStdString();
}

} // namespace leverage::testing
