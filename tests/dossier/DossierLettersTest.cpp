// The letters sent in the dossier (issue 18): a section of their own (date, addressee and
// position, kind, reference) and a line on the timeline entry that records each one.
#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/store/CaseRepository.h"
#include "core/store/LetterRepository.h"
#include "tests/support/PdfTools.h"
#include "tests/support/TestWorkspace.h"

#include <QDir>
#include <QRegularExpression>
#include <gtest/gtest.h>

namespace leverage {
namespace {

using namespace leverage::testing;

class DossierLettersTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(m_ws.get()).build()); }

    RowId caseTitled(const QString &start) { return testing::caseTitledIn(m_ws.get(), start); }

    DossierData assemble(RowId caseId, const DossierOptions &options = {})
    {
        auto data = DossierAssembler(m_ws.get()).assemble(caseId, options);
        EXPECT_TRUE(data) << data.message().toStdString();
        return data ? *data : DossierData{};
    }

    QList<Letter> sentLetters(RowId caseId)
    {
        QList<Letter> sent;
        for (const auto &letter : *LetterRepository(m_ws.get()).forCase(caseId))
            if (letter.isSent())
                sent.append(letter);
        return sent;
    }

    TestWorkspace m_ws;
};

TEST_F(DossierLettersTest, TheThankYouIsListedWithItsAddresseeAndMarkedOnTheTimeline)
{
    const RowId dsl = caseTitled(QStringLiteral("DSL install"));
    const auto sent = sentLetters(dsl);
    ASSERT_EQ(sent.size(), 1);
    const auto data = assemble(dsl);
    ASSERT_EQ(data.letters.size(), 1);
    const auto &row = data.letters.first();
    EXPECT_EQ(row.number, 1);
    EXPECT_EQ(row.kind, QStringLiteral("Thank-you"));
    EXPECT_EQ(row.subject, sent.first().subject);
    EXPECT_EQ(row.to, QStringLiteral("Marcus Bell"));
    EXPECT_EQ(row.toPosition, QStringLiteral("Field Technician"));
    EXPECT_EQ(row.toOrganization, QStringLiteral("Crestlink Communications"));
    EXPECT_EQ(row.channel, QStringLiteral("Post"));
    EXPECT_EQ(row.sentAt, sent.first().sentAt);
    // The timeline entry that records it, at the letter's date, says which letter it is.
    ASSERT_GT(row.entryNumber, 0);
    const auto entry = data.timeline.at(row.entryNumber - 1);
    EXPECT_EQ(entry.occurredAt, row.sentAt);
    EXPECT_EQ(entry.letter, QStringLiteral("Letter 1 sent (see Letters sent): Thank-you"));
    int marked = 0;
    for (const auto &other : data.timeline.toList())
        marked += other.letter.isEmpty() ? 0 : 1;
    EXPECT_EQ(marked, 1);
}

TEST_F(DossierLettersTest, DraftsAreNotListedAndARangeLeavesOutLettersOutsideIt)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    EXPECT_GT(*LetterRepository(m_ws.get()).count(mri), 1); // drafts besides the sent one
    const auto sent = sentLetters(mri);
    ASSERT_EQ(sent.size(), 1);
    auto data = assemble(mri);
    ASSERT_EQ(data.letters.size(), 1);
    EXPECT_EQ(data.letters.first().kind, QStringLiteral("Escalation"));
    EXPECT_EQ(data.letters.first().channel, QStringLiteral("E-mail"));

    DossierOptions after;
    after.from = sent.first().sentAt.toDateTime().date().addDays(1);
    EXPECT_TRUE(assemble(mri, after).letters.isEmpty());
}

TEST_F(DossierLettersTest, ThePrintedDossierHasTheSectionInItsContents)
{
    const RowId dsl = caseTitled(QStringLiteral("DSL install"));
    const auto data = assemble(dsl);
    const QString pdf = QDir(m_ws.directory()).filePath(QStringLiteral("dossier.pdf"));
    ASSERT_TRUE(DossierRenderer::renderPdf(data, {}, pdf));
    const QString text = pdfText(pdf, false).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Letters sent: 1 letter"))) << text.toStdString();
    // The section as laid out: its heading, its columns, the row with the addressee's position.
    const QString layout = pdfText(pdf, true);
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("\\n *Letters sent *\\n"))));
    EXPECT_TRUE(
        layout.contains(QRegularExpression(QStringLiteral("# +Sent +To +Letter +How,.*Answer by"))))
        << layout.toStdString();
    EXPECT_TRUE(
        layout.contains(QRegularExpression(QStringLiteral("1 +\\w{3} \\d+ \\w{3} \\d{4} +"
                                                          "Marcus Bell +Thank-you +Post"))));
    EXPECT_TRUE(layout.contains(QRegularExpression(QStringLiteral("Field Technician"))));
    EXPECT_TRUE(text.contains(QStringLiteral("Letter 1 sent (see Letters sent): Thank-you")));
}

} // namespace
} // namespace leverage
