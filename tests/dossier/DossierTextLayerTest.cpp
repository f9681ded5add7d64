// What a reader of the PDF searches and copies: the text layer, read back with pdftotext, holds
// every word as stored (no ligature glyphs, nothing split) and no line twice.
#include "core/dossier/DossierRenderer.h"
#include "tests/dossier/DossierCorpus.h"
#include "tests/support/PdfTools.h"

#include <QHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

bool isArabic(const QString &word)
{
    for (const QChar c : word)
        if (c.script() == QChar::Script_Arabic)
            return true;
    return false;
}

// Chinese, Japanese and Korean wrap between any two characters, as they should: such a word is
// looked for with the line breaks taken out.
bool wrapsAnywhere(const QString &word)
{
    for (const QChar c : word)
        if (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hangul ||
            c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana)
            return true;
    return false;
}

bool outsideTheBmp(const QString &word)
{
    for (const QChar c : word)
        if (c.isSurrogate())
            return true;
    return false;
}

// pdftotext wraps right-to-left runs in U+202B ... U+202C; a reader's search ignores them.
QString withoutBidiMarks(QString text)
{
    static const QRegularExpression marks(QStringLiteral("[\\x{202A}-\\x{202E}]"));
    return text.remove(marks);
}

class DossierTextLayerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = awkwardCorpus();
        m_pdf = m_dir.filePath(QStringLiteral("awkward.pdf"));
        DossierOptions options;
        options.paper = DossierOptions::Paper::A4;
        auto status = DossierRenderer::renderPdf(m_data, options, m_pdf);
        ASSERT_TRUE(status) << status.message().toStdString();
    }

    QTemporaryDir m_dir;
    DossierData m_data;
    QString m_pdf;
};

TEST_F(DossierTextLayerTest, NamesWithFiFfAndFfiAreFoundAsLetters)
{
    const QString text = pdfRawText(m_pdf);
    for (const char *word : {"Whitfield", "Staff", "Office", "effort", "Fixes", "affiliate",
                             "Efficient", "Griffin", "Fairfield", "Off"})
        EXPECT_TRUE(text.contains(QLatin1String(word))) << word;
    // No ligature code point (U+FB00..U+FB06) anywhere in the text layer.
    static const QRegularExpression ligature(QStringLiteral("[\\x{FB00}-\\x{FB06}]"));
    EXPECT_FALSE(text.contains(ligature));
}

TEST_F(DossierTextLayerTest, EveryStoredWordIsFoundExactly)
{
    const QString raw = withoutBidiMarks(pdfRawText(m_pdf));
    // Qt shapes Arabic into its contextual forms, which poppler reports as presentation forms
    // (U+FE70..U+FEFF); readers' search folds them as NFKC does, so Arabic is compared so.
    const QString folded = raw.normalized(QString::NormalizationForm_KC);
    const QStringList words = storedWords(m_data);
    ASSERT_GT(words.size(), 100);
    int checked = 0;
    for (const auto &word : words) {
        // Qt 6.4's PDF writer maps only characters of the Basic Multilingual Plane back to
        // text: an emoji prints but cannot be searched (the words around it can).
        if (outsideTheBmp(word))
            continue;
        ++checked;
        if (isArabic(word))
            EXPECT_TRUE(folded.contains(word)) << word.toStdString();
        else if (wrapsAnywhere(word))
            EXPECT_TRUE(withoutWhitespace(raw).contains(word)) << word.toStdString();
        else
            EXPECT_TRUE(raw.contains(word)) << word.toStdString();
    }
    EXPECT_GT(checked, words.size() - 3);
}

TEST_F(DossierTextLayerTest, TheLongNoteCrossesPagesAndEachLineIsPrintedOnce)
{
    const QStringList pages = pdfPages(m_pdf);
    const QString text = pdfRawText(m_pdf);
    const QStringList lines = longNoteLines();
    int firstPage = 0;
    int lastPage = 0;
    for (const auto &line : lines) {
        const QString tag = line.section(QLatin1Char(' '), 0, 1); // "Line 001"
        EXPECT_EQ(text.count(tag), 1) << tag.toStdString();
        for (int i = 0; i < pages.size(); ++i)
            if (pages.at(i).contains(tag)) {
                firstPage = firstPage == 0 ? i + 1 : firstPage;
                lastPage = i + 1;
            }
    }
    EXPECT_GT(lastPage, firstPage) << "the note should cross a page break";
}

TEST_F(DossierTextLayerTest, NoLineOfTheTextLayerAppearsTwiceUnlessTheDataRepeatsIt)
{
    // What repeats by design: the page header and footer, and a table's header row on each
    // page it continues on.
    static const QRegularExpression bands(
        QStringLiteral("^(Staff refund effort|Dated dossier, REF|Page \\d+ of|Printed )"));
    static const QRegularExpression headerRow(QStringLiteral(
        "^# +Date and time +Channel|^What was promised +By whom|^Name and position"));
    QHash<QString, int> seen;
    for (const auto &page : pdfPages(m_pdf))
        for (const auto &line : normalisedText(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            if (!bands.match(line).hasMatch() && !headerRow.match(line).hasMatch())
                ++seen[line];
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        EXPECT_EQ(it.value(), 1) << it.key().toStdString();
}

TEST_F(DossierTextLayerTest, MetadataAndOutlineAreReadBack)
{
    const QString info = pdfInfo(m_pdf);
    EXPECT_TRUE(
        info.contains(QStringLiteral("Title:           Dossier: ") + m_data.cover.caseTitle))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Author:          Ophelia Griffiths")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Subject:         Dated dossier of the case")))
        << info.toStdString();
    // The workspace clock's "as of" (09:00 at UTC-05:00), not the moment the file was written.
    EXPECT_TRUE(info.contains(QStringLiteral("CreationDate:    Tue Dec  1 14:00:00 2026 UTC")))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QStringLiteral("Creator:         Leverage")));
    EXPECT_TRUE(info.contains(QStringLiteral("Metadata Stream: yes")));
    QString check;
    EXPECT_EQ(qpdfCheck(m_pdf, &check), 0) << check.toStdString();

    const auto outline = pdfOutline(m_pdf);
    QStringList titles;
    for (const auto &[title, page] : outline)
        titles.append(title);
    EXPECT_EQ(titles, (QStringList{"Cover and contents", "Summary", "Timeline", "Commitments",
                                   "Appendix: people contacted"}));
    // Each bookmark opens the page its heading is printed on.
    const QStringList pages = pdfPages(m_pdf);
    for (const auto &[title, page] : outline.mid(1)) {
        ASSERT_GE(page, 1) << title.toStdString();
        EXPECT_TRUE(normalisedText(pages.value(page - 1)).split('\n').contains(title))
            << title.toStdString() << " not on page " << page;
    }
}

} // namespace
} // namespace leverage
