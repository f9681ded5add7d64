#include "core/letters/LetterDrafter.h"
#include "core/letters/LetterEvents.h"
#include "core/store/LetterRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "tests/letters/LetterFixture.h"

#include <QSignalSpy>

namespace leverage::testing {
namespace {

// Runs on both engines: a file and a team server.
class LetterStoreTest : public LetterFixture,
                        public ::testing::WithParamInterface<leverage::testing::Engine>
{
};

TEST_P(LetterStoreTest, MyDetailsAndCaseNumbersAreKeptInTheWorkspace)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    LetterSettingsRepository settings(*m_workspace);
    const QList<CaseNumber> numbers{{QStringLiteral("Policy"), QStringLiteral("MMH-5521-09")},
                                    {QStringLiteral("Member"), QStringLiteral("M-0042")}};
    ASSERT_TRUE(settings.setCaseNumbers(mri, numbers));
    m_workspace.reopen();
    LetterSettingsRepository reopened(*m_workspace);
    EXPECT_EQ(*reopened.myDetails(), me());
    EXPECT_EQ(*reopened.caseNumbers(mri), numbers);

    // The letter quotes the case's own reference, then the numbers.
    auto letter = LetterDrafter(*m_workspace)
                      .draft({mri, LetterKind::Complaint, LetterTone::Courteous, 0, 0, 14});
    ASSERT_TRUE(letter);
    EXPECT_TRUE(letter->body.contains(QStringLiteral("Reference: Claim 77-310-4482<br />Policy: "
                                                     "MMH-5521-09<br />Member: M-0042")))
        << letter->body.toStdString();
}

TEST_P(LetterStoreTest, ALetterIsStoredReadAndAnnounced)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    auto letter = LetterDrafter(*m_workspace)
                      .draft({mri, LetterKind::BrokenPromise, LetterTone::Final,
                              contactNamed(QStringLiteral("Erin Walsh")), 0, 10});
    ASSERT_TRUE(letter);
    QSignalSpy added(&LetterEvents::of(*m_workspace), &LetterEvents::letterAdded);
    QSignalSpy changed(&LetterEvents::of(*m_workspace), &LetterEvents::letterChanged);
    LetterRepository letters(*m_workspace);
    const auto before = letters.forCase(mri)->size();
    ASSERT_TRUE(letters.add(*letter));
    EXPECT_EQ(added.count(), 1);
    EXPECT_EQ(letter->deadline.toDateTime().date(), QDate(2026, 3, 12));

    ASSERT_TRUE(letters.saveDraftText(letter->meta.id, QStringLiteral("New subject"),
                                      QStringLiteral("<p>typed</p>")));
    EXPECT_EQ(changed.count(), 1);
    auto stored = letters.get(letter->meta.id);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->subject, QStringLiteral("New subject"));
    EXPECT_EQ(stored->body, QStringLiteral("<p>typed</p>"));
    EXPECT_EQ(stored->kind, LetterKind::BrokenPromise);
    EXPECT_EQ(stored->tone, LetterTone::Final);
    EXPECT_EQ(stored->writtenAt.offsetSeconds, -5 * 3600);
    // The version the undo commands hold is still good.
    EXPECT_EQ(stored->meta.version, letter->meta.version);
    EXPECT_EQ(letters.forCase(mri)->size(), before + 1);
}

} // namespace
} // namespace leverage::testing

namespace leverage::testing {
namespace {

TEST_P(LetterStoreTest, TheDemoHasOneLetterOfEachKindTwoOfThemSent)
{
    LetterRepository letters(*m_workspace);
    QList<Letter> all = *letters.forCase(caseTitled(QStringLiteral("MRI claim")));
    all += *letters.forCase(caseTitled(QStringLiteral("DSL install")));
    QList<LetterKind> kinds;
    int sent = 0;
    for (const auto &letter : all) {
        kinds << letter.kind;
        if (letter.isSent()) {
            ++sent;
            EXPECT_GT(letter.entryId, 0); // the case's timeline entry that sent it
            EXPECT_NE(letter.channel, LetterChannel::None);
        }
        EXPECT_TRUE(letter.body.contains(QStringLiteral("Alex Rivera")));
    }
    std::sort(kinds.begin(), kinds.end());
    EXPECT_EQ(kinds, allLetterKinds());
    EXPECT_EQ(sent, 2);
}

INSTANTIATE_TEST_SUITE_P(Engines, LetterStoreTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

} // namespace
} // namespace leverage::testing
