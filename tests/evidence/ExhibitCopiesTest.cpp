// The dossier with its exhibits appended (issue 21, `leverage dossier … --with-exhibits`): a
// photo on a page of its own, a PDF's pages one by one, other files listed; the entries cite
// them; read back with pdfinfo, pdftotext and qpdf, as a reader's tools would.
#include "core/evidence/EvidenceService.h"
#include "core/store/AttachmentRepository.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/LeverageProcess.h"
#include "tests/support/PdfTools.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace leverage;
using leverage::testing::EvidenceFixture;
using leverage::testing::runLeverage;

namespace {

class ExhibitCopiesTest : public EvidenceFixture
{
protected:
    // A PDF of `pages` pages, each saying which it is.
    QString makePdf(const QString &name, int pages)
    {
        const QString path = ws.directory() + QLatin1Char('/') + name;
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QPainter painter(&writer);
        painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 24));
        for (int page = 1; page <= pages; ++page) {
            if (page > 1)
                writer.newPage();
            painter.drawText(QPointF(200, 800), QStringLiteral("Refund page %1").arg(page));
        }
        painter.end();
        return path;
    }

    QString makePhoto(const QString &name)
    {
        QImage image(1600, 1200, QImage::Format_ARGB32);
        image.fill(QColor(70, 110, 160, 200));
        const QString path = ws.directory() + QLatin1Char('/') + name;
        EXPECT_TRUE(image.save(path));
        return path;
    }

    Attachment attachAsExhibit(RowId entry, const QString &path)
    {
        auto attached = EvidenceService::attachFile(*ws, caseId, entry, path);
        EXPECT_TRUE(attached.isOk()) << attached.message().toStdString();
        if (!attached)
            return {};
        attached->isExhibit = true;
        EXPECT_TRUE(ws->attachments().update(*attached).isOk());
        return *attached;
    }

    // The dossier written by the real program; its page count (pdfinfo).
    int dossier(const QString &out, bool withExhibits)
    {
        QStringList arguments{QStringLiteral("dossier"), ws.path(),
                              QStringLiteral("--case"),  QString::number(caseId),
                              QStringLiteral("--out"),   out};
        if (withExhibits)
            arguments << QStringLiteral("--with-exhibits");
        const auto run = runLeverage(arguments);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
        return pages.match(leverage::testing::pdfInfo(out)).captured(1).toInt();
    }
};

TEST_F(ExhibitCopiesTest, ImagesAndPdfPagesFollowTheDossierAndOtherFilesAreListed)
{
    const Attachment photo = attachAsExhibit(entryId, makePhoto(QStringLiteral("door.png")));
    const Attachment refund = attachAsExhibit(entryId, makePdf(QStringLiteral("refund.pdf"), 3));
    const Attachment voicemail =
        attachAsExhibit(0, makeFile(QStringLiteral("voicemail.mp3"), 30 * 1000));
    ws.close();

    const QString plain = ws.directory() + QStringLiteral("/plain.pdf");
    const QString full = ws.directory() + QStringLiteral("/full.pdf");
    const int without = dossier(plain, false);
    const int with = dossier(full, true);
    ASSERT_GT(without, 0);
    // A page for the photo, three for the PDF, none for the recording (and perhaps one more
    // for the paragraph that lists it).
    EXPECT_GE(with, without + 4);
    EXPECT_LE(with, without + 5);

    const QStringList pages = leverage::testing::pdfPages(full);
    ASSERT_EQ(pages.size(), with);
    // Read as flowing text: a wrapped cell's lines join again.
    const QString flat = leverage::testing::pdfText(full, false).simplified();
    // The entry cites both of its exhibits; the copies are headed with number and page.
    EXPECT_TRUE(flat.contains(QStringLiteral("See Exhibits 1 and 2"))) << flat.toStdString();
    EXPECT_TRUE(pages.at(with - 4).contains(QStringLiteral("Exhibit 1: door.png")))
        << pages.at(with - 4).toStdString();
    for (int page = 1; page <= 3; ++page)
        EXPECT_TRUE(pages.at(with - 4 + page)
                        .contains(QStringLiteral("Exhibit 2: refund.pdf, page %1 of 3").arg(page)))
            << pages.at(with - 4 + page).toStdString();
    EXPECT_TRUE(pages.last().contains(QStringLiteral("Page %1 of %1").arg(with)));
    // The recording is listed with its name, type, size and SHA-256.
    EXPECT_TRUE(flat.contains(QStringLiteral("Exhibit 3: voicemail.mp3, audio/mpeg, 30.0 kB")))
        << flat.toStdString();
    EXPECT_TRUE(leverage::testing::withoutWhitespace(flat).contains(voicemail.sha256));
    EXPECT_FALSE(photo.sha256.isEmpty());
    EXPECT_FALSE(refund.sha256.isEmpty());

    QString check;
    EXPECT_EQ(leverage::testing::qpdfCheck(full, &check), 0) << check.toStdString();
    // The outline opens each copy at its first page.
    const auto outline = leverage::testing::pdfOutline(full);
    EXPECT_TRUE(outline.contains(qMakePair(QStringLiteral("Exhibit 1: door.png"), with - 3)));
    EXPECT_TRUE(outline.contains(qMakePair(QStringLiteral("Exhibit 2: refund.pdf"), with - 2)));
}

TEST_F(ExhibitCopiesTest, APrivateEntrysExhibitStaysOutOfTheDossier)
{
    TimelineEntry secret;
    secret.caseId = caseId;
    secret.channel = Channel::Note;
    secret.occurredAt = Instant::fromDateTime(leverage::testing::testNow());
    secret.summary = QStringLiteral("My own notes");
    secret.isPrivate = true;
    ASSERT_TRUE(ws->timeline().add(secret).isOk());
    attachAsExhibit(secret.meta.id, makePhoto(QStringLiteral("private.png")));
    attachAsExhibit(entryId, makePdf(QStringLiteral("letter.pdf"), 1));
    ws.close();

    const QString out = ws.directory() + QStringLiteral("/dossier.pdf");
    ASSERT_GT(dossier(out, true), 0);
    const QString text = leverage::testing::pdfText(out, false).simplified();
    EXPECT_FALSE(text.contains(QStringLiteral("private.png"))) << text.toStdString();
    // The one exhibit left is number 1, and its entry cites it.
    EXPECT_TRUE(text.contains(QStringLiteral("Exhibit 1: letter.pdf"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("See Exhibit 1"))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("Exhibit 2")));
}

} // namespace
