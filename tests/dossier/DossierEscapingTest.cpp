// User text prints as typed: markup stays literal, long words wrap inside the page, other
// scripts print.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "tests/dossier/DossierCaseBuilder.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

const QString kMarkup = QStringLiteral("<b>x</b> &amp; <script>alert(1)</script>");

// 300 characters with no space or hyphen: a pasted tracking code.
QString longWord()
{
    QString word;
    const QString alphabet = QStringLiteral("ABCDEGHJKMNPQRSTUVWXYZ0123456789");
    for (int i = 0; word.size() < 300; ++i)
        word.append(alphabet.at((i * 7) % alphabet.size()));
    return word;
}

class DossierEscapingTest : public ::testing::Test
{
protected:
    QString render(DossierCaseBuilder &builder)
    {
        DossierOptions options;
        options.paper = DossierOptions::Paper::A4;
        auto data = DossierAssembler(m_ws.get()).assemble(builder.caseId(), options);
        EXPECT_TRUE(data) << data.message().toStdString();
        const QString pdf = m_dir.filePath(QStringLiteral("out.pdf"));
        auto status = DossierRenderer::renderPdf(*data, options, pdf);
        EXPECT_TRUE(status) << status.message().toStdString();
        return pdf;
    }

    TestWorkspace m_ws;
    QTemporaryDir m_dir;
};

TEST_F(DossierEscapingTest, MarkupInNotesAndSummariesPrintsLiterally)
{
    DossierCaseBuilder builder(m_ws.get());
    builder.entry(5, QStringLiteral("Summary with ") + kMarkup, QStringLiteral("Note: ") + kMarkup);
    const QString text = pdfText(render(builder));
    EXPECT_TRUE(text.contains(QStringLiteral("Note: ") + kMarkup)) << text.toStdString();
    // The summary column may wrap; the characters must all be there, in order.
    EXPECT_TRUE(withoutWhitespace(pdfText(render(builder), false))
                    .contains(withoutWhitespace(QStringLiteral("Summary with ") + kMarkup)));
}

TEST_F(DossierEscapingTest, AThreeHundredCharacterWordWrapsWithoutLosingText)
{
    DossierCaseBuilder builder(m_ws.get());
    const QString word = longWord();
    ASSERT_EQ(word.size(), 300);
    builder.entry(5, word, QStringLiteral("Tracking: ") + word);
    const QString pdf = render(builder);
    // In the notes, a full-width row, every character is printed.
    EXPECT_TRUE(withoutWhitespace(pdfText(pdf)).contains(QStringLiteral("Tracking:") + word));

    // In the summary column, the word wraps inside the column: the words pdftotext finds
    // between the "Summary" and "Duration" headings, top to bottom, spell it out whole.
    const auto boxes = wordBoxes(pdf);
    ASSERT_FALSE(boxes.isEmpty());
    const auto heading = [&](const QString &text, int page) {
        for (const auto &box : boxes)
            if (box.text == text && (page == 0 || box.page == page))
                return box;
        ADD_FAILURE() << "no heading " << text.toStdString();
        return WordBox{};
    };
    const WordBox duration = heading(QStringLiteral("Duration"), 0);
    const WordBox summary = heading(QStringLiteral("Summary"), duration.page);
    QList<WordBox> column;
    for (const auto &box : boxes)
        if (box.page == summary.page && box.yMin > summary.yMax && box.xMin >= summary.xMin - 1 &&
            box.xMax < duration.xMin)
            column.append(box);
    std::sort(column.begin(), column.end(),
              [](const WordBox &a, const WordBox &b) { return a.yMin < b.yMin; });
    QString spelled;
    for (const auto &box : column)
        spelled += box.text;
    EXPECT_TRUE(spelled.contains(word)) << spelled.toStdString();

    // And nothing runs off the page: every word ends inside the right margin.
    for (const auto &box : boxes)
        EXPECT_LT(box.xMax, box.pageWidth - 30) << box.text.toStdString();
}

TEST_F(DossierEscapingTest, OtherScriptsPrint)
{
    DossierCaseBuilder builder(m_ws.get());
    const QString scripts =
        QString::fromUtf8("Ελληνικά Кириллица 日本語の文章 한국어 中文退款 Überweisung façade");
    builder.entry(5, QStringLiteral("Scripts"), scripts);
    const QString text = pdfText(render(builder));
    for (const auto &word : scripts.split(QLatin1Char(' ')))
        EXPECT_TRUE(text.contains(word)) << word.toStdString();
}

TEST_F(DossierEscapingTest, EmojiPrintInColourWithTheWordsAroundThem)
{
    DossierCaseBuilder builder(m_ws.get());
    const QString note = QString::fromUtf8("Thanks \U0001F44D\U0001F3FD for the \U0001F389 fix "
                                           "\U0001F1EB\U0001F1F7");
    builder.entry(5, QStringLiteral("Emoji"), note);
    const QString pdf = render(builder);
    // Each emoji is a picture (Qt's PDF writer would print Noto Color Emoji blank): three here,
    // the thumb with its skin tone and the flag each one picture.
    QProcess images;
    images.start(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    ASSERT_TRUE(images.waitForFinished(60000));
    const QStringList listed = QString::fromUtf8(images.readAll()).split('\n', Qt::SkipEmptyParts);
    EXPECT_EQ(listed.size() - 2, 3) << listed.join('\n').toStdString(); // two heading lines
    // In colour: the page has pixels far from grey.
    QTemporaryDir pictures;
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("50"), pdf,
                  pictures.filePath(QStringLiteral("page"))});
    ASSERT_TRUE(raster.waitForFinished(60000));
    int coloured = 0;
    for (const auto &file : QDir(pictures.path()).entryList({QStringLiteral("*.png")})) {
        const QImage page(pictures.filePath(file));
        for (int y = 0; y < page.height(); ++y)
            for (int x = 0; x < page.width(); ++x) {
                const QColor c = page.pixelColor(x, y);
                coloured += std::max({c.red(), c.green(), c.blue()}) -
                                        std::min({c.red(), c.green(), c.blue()}) >
                                    80
                                ? 1
                                : 0;
            }
    }
    EXPECT_GT(coloured, 10);
    // Qt maps no character beyond U+FFFF back to text, so the emoji cannot be searched; the
    // words around them must be there.
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("Thanks"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("fix"))) << text.toStdString();
}

} // namespace
} // namespace leverage
