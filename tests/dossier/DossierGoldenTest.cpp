// The demo's hotel-reimbursement case, printed with a fixed clock, read back with pdftotext.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/dossier/DossierCorpus.h"
#include "tests/dossier/DossierGolden.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

class DossierGoldenTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(DemoWorkspaceBuilder(m_ws.get()).build());
        for (RowId id = 1; id < 10 && m_caseId == 0; ++id) {
            auto found = m_ws->cases().get(id);
            if (found && found->title.startsWith(QLatin1String("Hotel reimbursement")))
                m_caseId = id;
        }
        ASSERT_GT(m_caseId, 0);
        m_options.paper = DossierOptions::Paper::A4;
        m_options.preparedBy = QStringLiteral("Alex Morgan");
        auto data = DossierAssembler(m_ws.get()).assemble(m_caseId, m_options);
        ASSERT_TRUE(data) << data.message().toStdString();
        m_data = *data;
        m_pdf = m_dir.filePath(QStringLiteral("hotel.pdf"));
        auto status = DossierRenderer::renderPdf(m_data, m_options, m_pdf);
        ASSERT_TRUE(status) << status.message().toStdString();
    }

    // The lines of the text, trimmed, without blanks.
    static QStringList lines(const QString &text)
    {
        return normalisedText(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static int indexOfLine(const QStringList &all, const QString &line, int from = 0)
    {
        for (int i = from; i < all.size(); ++i)
            if (all.at(i) == line)
                return i;
        return -1;
    }

    TestWorkspace m_ws;
    QTemporaryDir m_dir;
    RowId m_caseId = 0;
    DossierOptions m_options;
    DossierData m_data;
    QString m_pdf;
};

TEST_F(DossierGoldenTest, TextMatchesTheGoldenFile)
{
    expectGoldenText(m_pdf, QStringLiteral("hotel-reimbursement.txt"));
}

// The demo's other cases and the awkward corpus, each against a golden text of its own.
TEST(DossierGoldenCasesTest, EveryDemoCaseAndTheCorpusMatchTheirGoldenFiles)
{
    TestWorkspace workspace;
    ASSERT_TRUE(DemoWorkspaceBuilder(workspace.get()).build());
    QTemporaryDir dir;
    DossierOptions options;
    options.paper = DossierOptions::Paper::A4;
    options.preparedBy = QStringLiteral("Alex Morgan");
    const QList<QPair<QString, QString>> cases{{"Dishwasher delivered", "dishwasher.txt"},
                                               {"DSL install", "dsl-install.txt"},
                                               {"MRI claim denied", "mri-claim.txt"}};
    for (const auto &[title, golden] : cases) {
        RowId caseId = 0;
        for (RowId id = 1; id < 10 && caseId == 0; ++id)
            if (auto found = workspace->cases().get(id); found && found->title.startsWith(title))
                caseId = id;
        ASSERT_GT(caseId, 0) << title.toStdString();
        auto data = DossierAssembler(workspace.get()).assemble(caseId, options);
        ASSERT_TRUE(data) << data.message().toStdString();
        const QString pdf = dir.filePath(golden + QStringLiteral(".pdf"));
        ASSERT_TRUE(DossierRenderer::renderPdf(*data, options, pdf));
        expectGoldenText(pdf, golden);
    }
    const QString corpus = dir.filePath(QStringLiteral("awkward.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(awkwardCorpus(), options, corpus));
    expectGoldenText(corpus, QStringLiteral("awkward-corpus.txt"));
}

TEST_F(DossierGoldenTest, SectionsComeInOrder)
{
    const QStringList all = lines(pdfText(m_pdf));
    int at = 0;
    for (const char *heading :
         {"Dated dossier", "Summary", "What happened", "In figures", "Escalation path", "Timeline",
          "Commitments", "Appendix: people contacted"}) {
        const int found = indexOfLine(all, QString::fromLatin1(heading), at);
        ASSERT_GE(found, at) << heading << " missing or out of order";
        at = found + 1;
    }
}

TEST_F(DossierGoldenTest, EveryPageSaysPageXOfYAndCarriesTheHeader)
{
    const QStringList pages = pdfPages(m_pdf);
    ASSERT_GE(pages.size(), 4);
    const QString printed = QStringLiteral("Printed Mon 2 Mar 2026, 09:00 UTC-05:00");
    for (int i = 0; i < pages.size(); ++i) {
        const QString pageText = normalisedText(pages.at(i));
        const QString marker = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        EXPECT_EQ(pageText.count(marker), 1) << "page " << i + 1;
        EXPECT_EQ(pageText.count(QRegularExpression(QStringLiteral("Page \\d+ of \\d+"))), 1);
        EXPECT_TRUE(pageText.contains(printed)) << "page " << i + 1;
        EXPECT_TRUE(pageText.contains(QStringLiteral("Hotel reimbursement promised")))
            << "page " << i + 1;
    }
}

TEST_F(DossierGoldenTest, ContentsGiveThePageOfEachSection)
{
    const QStringList pages = pdfPages(m_pdf);
    const QList<QPair<QString, QString>> sections{{"Summary:", "Summary"},
                                                  {"Escalation path:", "Escalation path"},
                                                  {"Timeline:", "Timeline"},
                                                  {"Commitments:", "Commitments"},
                                                  {"Appendix:", "Appendix: people contacted"}};
    const QStringList cover = lines(pages.value(0));
    for (const auto &[item, heading] : sections) {
        int listed = 0;
        for (const auto &line : cover) {
            static const QRegularExpression page(QStringLiteral("page (\\d+)$"));
            if (line.contains(item) && page.match(line).hasMatch())
                listed = page.match(line).captured(1).toInt();
        }
        // The summary follows the contents on the cover page; the timeline and the appendix
        // start pages of their own.
        int actual = 0;
        for (int i = 0; i < pages.size() && actual == 0; ++i)
            if (lines(pages.at(i)).contains(heading))
                actual = i + 1;
        EXPECT_GE(actual, 1) << heading.toStdString();
        EXPECT_EQ(listed, actual) << heading.toStdString();
    }
}

TEST_F(DossierGoldenTest, TimelineIsCompleteAndChronological)
{
    const QStringList all = lines(pdfText(m_pdf));
    const int start = indexOfLine(all, QStringLiteral("Timeline"));
    const int end = indexOfLine(all, QStringLiteral("Commitments"), start);
    ASSERT_GT(start, 0);
    ASSERT_GT(end, start);
    // A row starts "<n> <Ddd> <d> <Mmm> <yyyy>"; the next line holds "HH:mm UTC±hh:mm".
    static const QRegularExpression row(
        QStringLiteral("^(\\d+) (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\\d{1,2} \\w{3} \\d{4})"));
    static const QRegularExpression time(QStringLiteral("^(\\d\\d:\\d\\d) UTC-05:00"));
    QList<int> numbers;
    QDateTime previous;
    for (int i = start; i < end; ++i) {
        const auto match = row.match(all.at(i));
        if (!match.hasMatch())
            continue;
        const QDate day = QDate::fromString(match.captured(3), QStringLiteral("d MMM yyyy"));
        ASSERT_TRUE(day.isValid()) << all.at(i).toStdString();
        const auto clock = time.match(all.value(i + 1));
        ASSERT_TRUE(clock.hasMatch()) << all.value(i + 1).toStdString();
        const QDateTime when(day, QTime::fromString(clock.captured(1), QStringLiteral("HH:mm")));
        if (previous.isValid()) {
            EXPECT_LE(previous, when) << "entry " << match.captured(1).toStdString();
        }
        previous = when;
        numbers.append(match.captured(1).toInt());
    }
    auto stored = m_ws->timeline().count(m_caseId);
    ASSERT_TRUE(stored);
    ASSERT_EQ(numbers.size(), *stored);
    for (int i = 0; i < numbers.size(); ++i)
        EXPECT_EQ(numbers.at(i), i + 1);
}

TEST_F(DossierGoldenTest, BrokenCommitmentsAreMarked)
{
    const QStringList all = lines(pdfText(m_pdf));
    const int start = indexOfLine(all, QStringLiteral("Commitments"));
    const int end = indexOfLine(all, QStringLiteral("Appendix: people contacted"), start);
    ASSERT_GT(end, start);
    const QStringList section = all.mid(start, end - start);
    auto lineWith = [&](const QString &words) {
        for (const auto &line : section)
            if (line.contains(words))
                return line;
        return QString();
    };
    EXPECT_TRUE(lineWith(QStringLiteral("File the hotel")).contains("BROKEN"));
    EXPECT_TRUE(lineWith(QStringLiteral("Answer within five")).contains("BROKEN"));
    EXPECT_TRUE(lineWith(QStringLiteral("Refund $212 to")).contains("Kept"));
    EXPECT_EQ(section.join(QLatin1Char('\n')).count(QStringLiteral("BROKEN")), 2);
    // The summary page counts them too.
    EXPECT_TRUE(
        all.join(QLatin1Char('\n')).contains(QStringLiteral("1 kept, 2 broken, 0 pending")));
}

TEST_F(DossierGoldenTest, QpdfFindsNoProblem)
{
    QString output;
    EXPECT_EQ(qpdfCheck(m_pdf, &output), 0) << output.toStdString();
    EXPECT_TRUE(output.contains(QStringLiteral("No syntax or stream encoding errors")))
        << output.toStdString();
}

} // namespace
} // namespace leverage
