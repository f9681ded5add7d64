// A long case is printed from rows read back from the workspace a chunk at a time (issue 16):
// every entry once, in order, with the same numbers the summary and the commitments quote, and
// never pages with a gap when the case changed between counting and drawing.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/dossier/DossierCaseBuilder.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

// More than two chunks, with entries sharing a moment (the read resumes between them), private
// entries and entries before the range on the way.
constexpr int kEntries = 2 * DossierTimeline::kChunkRows + 57;

class DossierStreamingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (int i = 0; i < kEntries; ++i) {
            const bool isPrivate = i % 7 == 3;
            const RowId id =
                m_case.entry(600 - i / 3, QStringLiteral("entry %1").arg(i),
                             i % 2 ? QStringLiteral("notes of %1").arg(i) : QString(), isPrivate);
            m_ids.append(id);
        }
        m_options.from = m_case.at(600 - 40).toDateTime().date(); // leaves out i < 120
    }

    // What a dossier must print: in range, not private, in time order (ties by entry).
    QStringList expectedSummaries() const
    {
        QStringList expected;
        for (int i = 0; i < kEntries; ++i)
            if (i / 3 >= 40 && i % 7 != 3)
                expected << QStringLiteral("entry %1").arg(i);
        return expected;
    }

    TestWorkspace m_ws;
    DossierCaseBuilder m_case{m_ws.get()};
    QList<RowId> m_ids;
    DossierOptions m_options;
};

TEST_F(DossierStreamingTest, EveryEntryInRangeIsReadBackOnceInOrder)
{
    auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), m_options);
    ASSERT_TRUE(data) << data.message().toStdString();
    const auto rows = data->timeline.toList();
    QStringList summaries;
    for (int i = 0; i < rows.size(); ++i) {
        summaries << rows.at(i).summary;
        EXPECT_EQ(rows.at(i).number, i + 1);
    }
    EXPECT_EQ(summaries, expectedSummaries());
    EXPECT_EQ(data->timeline.size(), expectedSummaries().size());
    EXPECT_TRUE(data->timeline.status());
    // Read back in any order, a row is the same row.
    const int last = data->timeline.size() - 1;
    EXPECT_EQ(data->timeline.at(last).summary, summaries.last());
    EXPECT_EQ(data->timeline.at(0).summary, summaries.first());
    EXPECT_EQ(data->timeline.at(DossierTimeline::kChunkRows).summary,
              summaries.at(DossierTimeline::kChunkRows));
    EXPECT_GT(data->cover.privateLeftOut, 0);
}

TEST_F(DossierStreamingTest, APromiseQuotesTheNumberOfTheEntryItWasMadeIn)
{
    const RowId promised =
        m_case.commitment(10, -3, QStringLiteral("refund"), CommitmentStatus::Pending);
    auto commitment = m_ws->commitments().get(promised);
    ASSERT_TRUE(commitment);
    const int late = kEntries - 2; // in the last chunk
    commitment->entryId = m_ids.at(late);
    ASSERT_TRUE(m_ws->commitments().update(*commitment));
    auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), m_options);
    ASSERT_TRUE(data);
    ASSERT_EQ(data->commitments.size(), 1);
    const int number = int(expectedSummaries().indexOf(QStringLiteral("entry %1").arg(late))) + 1;
    EXPECT_EQ(data->commitments.first().entryNumber, number);
}

TEST_F(DossierStreamingTest, TheFirstAndLastEntriesAreOnTheirPages)
{
    auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), m_options);
    ASSERT_TRUE(data);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(*data, m_options, pdf));
    const QString text = pdfRawText(pdf);
    const auto expected = expectedSummaries();
    for (const QString &summary : {expected.first(), expected.at(DossierTimeline::kChunkRows - 1),
                                   expected.at(DossierTimeline::kChunkRows), expected.last()})
        EXPECT_EQ(text.count(summary + QLatin1Char('\n')) + text.count(summary + QLatin1Char(' ')),
                  1)
            << summary.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("entry 119\n")));
}

TEST_F(DossierStreamingTest, ACaseChangedWhilePrintingIsNotHandedOutWithAGap)
{
    auto data = DossierAssembler(m_ws.get()).assemble(m_case.caseId(), m_options);
    ASSERT_TRUE(data);
    // Entries go away after the case was counted (another window, a sync).
    for (int i = kEntries - 40; i < kEntries; ++i)
        ASSERT_TRUE(m_ws->timeline().remove(m_ids.at(i)));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("changed.pdf"));
    const Status status = DossierRenderer::renderPdf(*data, m_options, pdf);
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.message().contains(QStringLiteral("changed")))
        << status.message().toStdString();
    EXPECT_FALSE(QFileInfo::exists(pdf));
}

} // namespace
} // namespace leverage
