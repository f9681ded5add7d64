// The options dialog and the print controller, offscreen.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "tests/dossier/DossierCaseBuilder.h"
#include "tests/support/PdfTools.h"
#include "tests/support/RecordingErrorReporter.h"
#include "tests/support/TestWorkspace.h"
#include "ui/dossier/DossierOptionsDialog.h"
#include "ui/dossier/DossierPrintController.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;
using ui::DossierOptionsDialog;
using ui::DossierPrintController;

TEST(DossierOptionsDialogTest, ShowsAndReturnsTheOptions)
{
    DossierOptionsDialog dialog;
    DossierOptions options;
    options.from = QDate(2025, 11, 1);
    options.to = QDate(2026, 2, 28);
    options.includePrivate = true;
    options.contactsAppendix = false;
    options.escalationPath = false;
    options.preparedBy = QStringLiteral("Alex Morgan");
    options.paper = DossierOptions::Paper::Letter;
    dialog.setOptions(options);
    EXPECT_EQ(dialog.options(), options);

    options = {};
    options.paper = DossierOptions::Paper::A4;
    dialog.setOptions(options, QDate(2025, 11, 26), QDate(2026, 2, 3));
    EXPECT_EQ(dialog.options(), options);
    // Switching the start on uses the case's first day.
    dialog.findChildren<QCheckBox *>().first()->setChecked(true);
    EXPECT_EQ(dialog.options().from, QDate(2025, 11, 26));
}

TEST(DossierOptionsDialogTest, ABackwardsRangeCannotBeAccepted)
{
    DossierOptionsDialog dialog;
    DossierOptions options;
    options.from = QDate(2026, 3, 1);
    options.to = QDate(2026, 2, 1);
    dialog.setOptions(options);
    EXPECT_FALSE(dialog.isValid());
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(ok->isEnabled());
    options.to = QDate(2026, 3, 1); // one day is a valid range
    dialog.setOptions(options);
    EXPECT_TRUE(dialog.isValid());
    EXPECT_TRUE(ok->isEnabled());
}

class DossierPrintControllerTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(m_ws.get()).build()); }

    TestWorkspace m_ws;
    QTemporaryDir m_dir;
    RecordingErrorReporter m_reporter;
};

TEST_F(DossierPrintControllerTest, DefaultFileNameIsTitleDossierDate)
{
    EXPECT_EQ(DossierPrintController::defaultFileName(QStringLiteral("Refund: A/B \"fare\"?"),
                                                      QDate(2026, 3, 2)),
              QStringLiteral("Refund A B fare dossier 2026-03-02.pdf"));
    EXPECT_EQ(DossierPrintController::defaultFileName(QStringLiteral("../.."), QDate(2026, 3, 2)),
              QStringLiteral("Case .. .. dossier 2026-03-02.pdf"));
    EXPECT_EQ(DossierPrintController::defaultFileName({}, QDate(2026, 3, 2)),
              QStringLiteral("Case dossier 2026-03-02.pdf"));
}

TEST_F(DossierPrintControllerTest, ExportWritesThePdfAndSaysSo)
{
    DossierPrintController controller(m_ws.get(), m_reporter, nullptr);
    QSignalSpy exported(&controller, &DossierPrintController::pdfExported);
    const QString path = m_dir.filePath(QStringLiteral("case.pdf"));
    DossierOptions options;
    options.paper = DossierOptions::Paper::Letter;
    ASSERT_TRUE(controller.exportPdfTo(1, options, path));
    ASSERT_EQ(exported.count(), 1);
    EXPECT_EQ(exported.first().first().toString(), path);
    EXPECT_TRUE(pdfText(path).contains(QStringLiteral("Page 1 of")));

    const auto missing = controller.exportPdfTo(999, options, m_dir.filePath("none.pdf"));
    EXPECT_FALSE(missing);
    EXPECT_FALSE(QFile::exists(m_dir.filePath("none.pdf")));
    EXPECT_EQ(exported.count(), 1);
    EXPECT_EQ(m_reporter.count(), 0) << "exportPdfTo returns its failure; the caller reports it";
}

TEST_F(DossierPrintControllerTest, RendersOnAPrinterLikeOnAPdfWriter)
{
    auto data = DossierAssembler(m_ws.get()).assemble(1, {});
    ASSERT_TRUE(data);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(path);
    printer.setPageLayout(DossierOptions{}.pageLayout());
    ASSERT_TRUE(DossierRenderer::render(*data, printer));
    const QStringList pages = pdfPages(path);
    ASSERT_GT(pages.size(), 3);
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Page %1 of %1").arg(pages.size())));
}

TEST_F(DossierPrintControllerTest, PreviewShowsEveryPageAndCancelDoesNothing)
{
    DossierPrintController controller(m_ws.get(), m_reporter, nullptr);
    int prompts = 0;
    controller.setOptionsPrompt([&](const DossierOptions &proposed, const QDate &first,
                                    const QDate &last) -> std::optional<DossierOptions> {
        ++prompts;
        EXPECT_TRUE(first.isValid());
        EXPECT_LE(first, last);
        if (prompts == 1)
            return std::nullopt; // the user cancelled the options
        return proposed;
    });
    controller.printPreview(1);
    EXPECT_EQ(prompts, 1);
    EXPECT_EQ(QApplication::topLevelWidgets().count(), 0);

    int previewPages = -1;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (auto *preview = dialog->findChild<QPrintPreviewWidget *>())
            previewPages = preview->pageCount();
        dialog->reject();
    });
    controller.printPreview(1);
    EXPECT_EQ(prompts, 2);
    EXPECT_GT(previewPages, 3);
}

TEST_F(DossierPrintControllerTest, ALongExportShowsProgressAndCancelWritesNothing)
{
    // A case long enough for the renderer to report a few times.
    TestWorkspace big;
    DossierCaseBuilder builder(big.get());
    for (int i = 0; i < 400; ++i)
        builder.entry(400 - i, QStringLiteral("Call %1 about the refund").arg(i + 1));
    DossierPrintController controller(big.get(), m_reporter, nullptr);
    controller.setProgressDelay(0);
    QSignalSpy exported(&controller, &DossierPrintController::pdfExported);
    const QString path = m_dir.filePath(QStringLiteral("cancelled.pdf"));
    int maximum = 0;
    std::function<void()> cancelWhenShown = [&] {
        auto *dialog = qobject_cast<QProgressDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible()) {
            QTimer::singleShot(10, cancelWhenShown);
            return;
        }
        maximum = dialog->maximum();
        EXPECT_EQ(dialog->labelText(), QStringLiteral("Preparing the dossier\u2026"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
    };
    QTimer::singleShot(0, cancelWhenShown);
    EXPECT_TRUE(controller.exportPdfTo(builder.caseId(), {}, path)); // cancelled: no error
    EXPECT_GT(maximum, 400);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_EQ(exported.count(), 0);
}

TEST_F(DossierPrintControllerTest, AFailureGoesToTheWindowsErrorPathNotABox)
{
    DossierPrintController controller(m_ws.get(), m_reporter, nullptr);
    controller.exportPdf(999); // no such case: refused before any file dialog
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    ASSERT_EQ(m_reporter.count(), 1);
    EXPECT_TRUE(m_reporter.last().startsWith(QStringLiteral("The dossier could not be made: ")))
        << m_reporter.last().toStdString();
}

} // namespace
} // namespace leverage
