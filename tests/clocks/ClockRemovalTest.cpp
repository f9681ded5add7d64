// A case deleted and brought back by undo keeps what other features hold of it (issues 18,
// 19): where it is, the events its clocks count from, its letters and their case numbers; an
// entry deleted and brought back is again the trigger it was, and again the letter's entry.
#include "core/services/DemoWorkspaceBuilder.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

using namespace leverage;

namespace {

class ClockRemovalTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(DemoWorkspaceBuilder(*ws).build()); }

    RowId caseTitled(const QString &start) { return leverage::testing::caseTitledIn(*ws, start); }

    leverage::testing::TestWorkspace ws;
};

TEST_F(ClockRemovalTest, ACaseComesBackWithItsJurisdictionAndClockTriggers)
{
    const RowId bank = caseTitled(QStringLiteral("Card payment taken twice"));
    const auto where = *CaseJurisdictionRepository(*ws).get(bank);
    const auto triggers = *ClockTriggerRepository(*ws).forCase(bank);
    const auto row = *ws->cases().get(bank);
    ASSERT_FALSE(where.isEmpty());
    ASSERT_EQ(triggers.size(), 1);
    ASSERT_GT(triggers.first().entryId, 0);

    auto snapshot = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Case, bank);
    ASSERT_TRUE(snapshot);
    EXPECT_TRUE(ClockTriggerRepository(*ws).forCase(bank)->isEmpty());
    ASSERT_TRUE(snapshot->restore(*ws));

    EXPECT_EQ(*CaseJurisdictionRepository(*ws).get(bank), where);
    EXPECT_EQ(*ClockTriggerRepository(*ws).forCase(bank), triggers);
    EXPECT_EQ(ws->cases().get(bank)->meta, row.meta); // as it was, not edited
}

TEST_F(ClockRemovalTest, ACaseComesBackWithItsLettersAndCaseNumbers)
{
    const RowId mri = caseTitled(QStringLiteral("MRI claim"));
    const auto letters = *LetterRepository(*ws).forCase(mri);
    const auto numbers = *LetterSettingsRepository(*ws).caseNumbers(mri);
    ASSERT_GE(letters.size(), 5);
    ASSERT_FALSE(numbers.isEmpty());

    auto snapshot = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Case, mri);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(*LetterRepository(*ws).count(mri), 0);
    ASSERT_TRUE(snapshot->restore(*ws));
    EXPECT_EQ(*LetterRepository(*ws).forCase(mri), letters);
    EXPECT_EQ(*LetterSettingsRepository(*ws).caseNumbers(mri), numbers);
}

TEST_F(ClockRemovalTest, AnEntryComesBackAsTheTriggerAndTheLetterItWas)
{
    const RowId bank = caseTitled(QStringLiteral("Card payment taken twice"));
    const auto trigger = ClockTriggerRepository(*ws).forCase(bank)->first();
    auto snapshot = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Entry, trigger.entryId);
    ASSERT_TRUE(snapshot);
    EXPECT_EQ(ClockTriggerRepository(*ws).get(trigger.meta.id)->entryId, 0);
    ASSERT_TRUE(snapshot->restore(*ws));
    EXPECT_EQ(ClockTriggerRepository(*ws).get(trigger.meta.id)->entryId, trigger.entryId);

    const RowId dsl = caseTitled(QStringLiteral("DSL install"));
    Letter sent;
    for (const auto &letter : *LetterRepository(*ws).forCase(dsl))
        if (letter.isSent())
            sent = letter;
    ASSERT_GT(sent.entryId, 0);
    auto entry = RemovalSnapshot::take(*ws, RemovalSnapshot::Kind::Entry, sent.entryId);
    ASSERT_TRUE(entry);
    EXPECT_EQ(LetterRepository(*ws).get(sent.meta.id)->entryId, 0);
    ASSERT_TRUE(entry->restore(*ws));
    EXPECT_EQ(LetterRepository(*ws).get(sent.meta.id)->entryId, sent.entryId);
}

} // namespace
