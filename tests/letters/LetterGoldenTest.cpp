#include "core/letters/LetterDocument.h"
#include "core/letters/LetterDrafter.h"
#include "tests/letters/LetterFixture.h"
#include "tests/support/PdfTools.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace leverage::testing {
namespace {

// Each kind of letter for a fixed demo case, as a PDF read back by pdftotext, against its
// golden text (tests/letters/golden; LEVERAGE_UPDATE_GOLDEN=1 writes them), and checked for
// the facts a reader must find in it.
struct Golden
{
    LetterKind kind;
    const char *caseStart;
    const char *to;
    QStringList facts;
};

class LetterGoldenTest : public LetterFixture, public ::testing::WithParamInterface<Golden>
{
};

QString goldenPath(LetterKind kind)
{
    return QStringLiteral(LEVERAGE_LETTERS_GOLDEN_DIR "/%1.txt").arg(letterKindKey(kind));
}

TEST_P(LetterGoldenTest, ThePdfSaysTheFacts)
{
    const Golden &golden = GetParam();
    const RowId caseId = caseTitled(QString::fromUtf8(golden.caseStart));
    const RowId to = contactNamed(QString::fromUtf8(golden.to));
    LetterDrafter drafter(*m_workspace);
    auto letter = drafter.draft({caseId, golden.kind, LetterTone::Firm, to, 0, 14});
    ASSERT_TRUE(letter) << letter.message().toStdString();
    const QString pdf = QDir(m_workspace.directory()).filePath(QStringLiteral("letter.pdf"));
    ASSERT_TRUE(drafter.write(*letter, pdf));
    QString output;
    EXPECT_EQ(qpdfCheck(pdf, &output), 0) << output.toStdString();

    const QString text = normalisedText(pdfText(pdf, false));
    // The facts read across pages: the page numbers QTextDocument prints are left out.
    QString flat = text;
    flat.remove(QRegularExpression(QStringLiteral(R"((^|\n)\d+(?=\n|$))")));
    flat = flat.simplified();
    for (const auto &fact : golden.facts)
        EXPECT_TRUE(flat.contains(fact)) << "missing: " << fact.toStdString() << "\nin:\n"
                                         << text.toStdString();
    // The sender and the date head every letter.
    EXPECT_TRUE(flat.contains(QStringLiteral("Alex Rivera 12 Elm Street Springfield IL 62704")));
    EXPECT_TRUE(flat.contains(QStringLiteral("2 March 2026")));

    QFile file(goldenPath(golden.kind));
    if (qEnvironmentVariableIsSet("LEVERAGE_UPDATE_GOLDEN")) {
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text.toUtf8());
        return;
    }
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << goldenPath(golden.kind).toStdString();
    EXPECT_EQ(text, QString::fromUtf8(file.readAll()));
}

INSTANTIATE_TEST_SUITE_P(
    EveryKind, LetterGoldenTest,
    ::testing::Values(
        Golden{
            LetterKind::Complaint,
            "MRI claim",
            "Carl Jensen",
            {"Carl Jensen Claims Supervisor Meridian Mutual Health",
             "Re: MRI claim denied as \"not pre-authorised\" Reference: Claim 77-310-4482 Policy: "
             "MMH-5521-09",
             "Dear Carl Jensen,", "formal complaint",
             "Erin Walsh (Member Services Representative) promised “Request the authorisation "
             "record from the provider”, due 24 December 2025: broken",
             "$1,840.00", "16 March 2026", "escalate the matter to State Department of Insurance"}},
        Golden{LetterKind::Escalation,
               "MRI claim",
               "Priya Nandakumar",
               {"Priya Nandakumar Chief of Staff to the CEO", "The levels already tried:",
                "Front-line service: Erin Walsh", "Supervisor: Carl Jensen",
                "Priya Nandakumar (Chief of Staff to the CEO) promised “A claims VP will review "
                "within two weeks”",
                "16 March 2026", "State Department of Insurance"}},
        Golden{LetterKind::BrokenPromise,
               "MRI claim",
               "Erin Walsh",
               {"Erin Walsh Member Services Representative",
                "On 17 December 2025, Erin Walsh (Member Services Representative) promised me "
                "“Request the authorisation record from the provider” by 24 December 2025.",
                "That promise was not kept.", "16 March 2026"}},
        Golden{LetterKind::FinalResponseRequest,
               "MRI claim",
               "Priya Nandakumar",
               {"final response to my complaint about MRI claim",
                "refer it to State Department "
                "of Insurance",
                "16 March 2026"}},
        Golden{LetterKind::RegulatorComplaint,
               "MRI claim",
               "Thomas Greer",
               {"Thomas Greer Consumer Complaint Officer State Department of Insurance",
                "filing a complaint against Meridian Mutual Health", "What the company did",
                "What I want", "Claim paid as pre-authorised; $1,840 reimbursed", "$1,840.00"}},
        Golden{LetterKind::ThankYou,
               "DSL install",
               "Marcus Bell",
               {"Marcus Bell Field Technician Crestlink Communications", "Dear Marcus Bell,",
                "My notes of that day read: “Technician traced the fault to the street cabinet and "
                "fixed it”",
                "cc: Naomi Park, Field Services Manager, Crestlink Communications"}}),
    [](const auto &info) {
        QString name = letterKindKey(info.param.kind);
        return name.remove(QLatin1Char('-')).toStdString();
    });

} // namespace
} // namespace leverage::testing

namespace leverage::testing {
namespace {

using LetterToneTest = LetterFixture;

// Tones change the wording, never the facts: each tone of each kind says the same dates,
// names, amounts and next step, and no two tones read the same.
TEST_F(LetterToneTest, EveryToneSaysTheSameFactsInOtherWords)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    const RowId to = contactNamed(QStringLiteral("Carl Jensen"));
    const QStringList facts{QStringLiteral("Carl Jensen"),      QStringLiteral("16 March 2026"),
                            QStringLiteral("$1,840.00"),        QStringLiteral("Claim 77-310-4482"),
                            QStringLiteral("17 December 2025"), QStringLiteral("Erin Walsh")};
    for (auto kind : {LetterKind::Complaint, LetterKind::Escalation, LetterKind::BrokenPromise}) {
        QStringList texts;
        for (auto tone : {LetterTone::Courteous, LetterTone::Firm, LetterTone::Final}) {
            auto letter = LetterDrafter(*m_workspace).draft({mri, kind, tone, to, 0, 14});
            ASSERT_TRUE(letter);
            const QString text = LetterDocument::plainText(letter->body).simplified();
            for (const auto &fact : facts) {
                EXPECT_TRUE(text.contains(fact))
                    << letterKindKey(kind).toStdString() << "/" << letterToneKey(tone).toStdString()
                    << " lacks " << fact.toStdString();
            }
            if (kind != LetterKind::BrokenPromise) {
                EXPECT_TRUE(text.contains(QStringLiteral("State Department of Insurance")));
            }
            texts << text;
        }
        EXPECT_NE(texts[0], texts[1]);
        EXPECT_NE(texts[1], texts[2]);
    }
}

} // namespace
} // namespace leverage::testing
