// How the awkward corpus falls on pages: sections flow on, breaks only before the timeline and
// the appendix, header rows repeated, dates and addresses never broken.
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierRenderer.h"
#include "tests/dossier/DossierCorpus.h"
#include "tests/support/PdfTools.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

const QString kTimelineHeader =
    QStringLiteral("# Date and time Channel Person Ref. no. Summary Duration");

class DossierLayoutTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_data = awkwardCorpus();
        m_pdf = m_dir.filePath(QStringLiteral("awkward.pdf"));
        ASSERT_TRUE(DossierRenderer::renderPdf(m_data, {}, m_pdf));
        for (const auto &page : pdfPages(m_pdf))
            m_pages.append(normalisedText(page).split(QLatin1Char('\n'), Qt::SkipEmptyParts));
        ASSERT_GT(m_pages.size(), 3);
    }

    // The 1-based page whose lines include `line`, 0 if none.
    int pageOf(const QString &line) const
    {
        for (int i = 0; i < m_pages.size(); ++i)
            if (m_pages.at(i).contains(line))
                return i + 1;
        return 0;
    }

    QTemporaryDir m_dir;
    DossierData m_data;
    QString m_pdf;
    QList<QStringList> m_pages;
};

TEST_F(DossierLayoutTest, OnlyTheTimelineAndTheAppendixStartAPage)
{
    EXPECT_EQ(pageOf(QStringLiteral("Summary")), 1); // right after the contents
    // A section that starts a page comes first under the page header (two band lines).
    for (const char *heading : {"Timeline", "Appendix: people contacted"}) {
        const int page = pageOf(QLatin1String(heading));
        ASSERT_GT(page, 1) << heading;
        EXPECT_EQ(m_pages.at(page - 1).value(1), QLatin1String(heading)) << heading;
    }
    // Commitments follow the last timeline entry on the same page.
    const int commitments = pageOf(QStringLiteral("Commitments"));
    EXPECT_GT(commitments, 0);
    EXPECT_NE(m_pages.at(commitments - 1).value(1), QStringLiteral("Commitments"));
}

TEST_F(DossierLayoutTest, TheTimelineHeaderRowRepeatsOnEveryPageItContinuesOn)
{
    const int first = pageOf(QStringLiteral("Timeline"));
    const int last = pageOf(QStringLiteral("Commitments"));
    ASSERT_GT(last, first + 1) << "the long note should carry the timeline over pages";
    for (int page = first; page <= last; ++page)
        EXPECT_TRUE(m_pages.at(page - 1).contains(kTimelineHeader)) << "page " << page;
}

TEST_F(DossierLayoutTest, DatesTimesAndReferencesAreNeverBroken)
{
    const QString text = pdfRawText(m_pdf);
    for (const auto &row : m_data.timeline.toList()) {
        EXPECT_TRUE(text.contains(dossierformat::day(row.occurredAt)))
            << dossierformat::day(row.occurredAt).toStdString();
        EXPECT_TRUE(text.contains(dossierformat::time(row.occurredAt)))
            << dossierformat::time(row.occurredAt).toStdString();
        EXPECT_TRUE(text.contains(row.reference)) << row.reference.toStdString();
    }
    for (const auto &contact : m_data.contacts)
        EXPECT_TRUE(text.contains(contact.email)) << contact.email.toStdString();
}

TEST(DossierLongCaseLayoutTest, FourDigitEntryNumbersStayWhole)
{
    DossierData data = awkwardCorpus();
    auto first = data.timeline.at(0);
    first.notes.clear();
    data.timeline = {};
    while (data.timeline.size() < 1010) {
        auto row = first;
        row.number = int(data.timeline.size()) + 1;
        data.timeline.append(row);
    }
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("long.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(data, {}, pdf));
    const QString text = normalisedText(pdfText(pdf));
    for (const char *number : {"999 ", "1000 ", "1001 ", "1010 "})
        EXPECT_TRUE(text.contains(QLatin1Char('\n') + QLatin1String(number))) << number;
}

} // namespace
} // namespace leverage
