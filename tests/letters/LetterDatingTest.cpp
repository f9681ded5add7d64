// A letter says what was known on its date (issue 18): one dated in the past cites no later
// contact, promise or level of the path, and a promise settled later is quoted as it stood.
#include "core/escalation/EscalationService.h"
#include "core/letters/LetterFactsReader.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/letters/LetterFixture.h"

namespace leverage::testing {
namespace {

class LetterDatingTest : public LetterFixture
{
protected:
    void SetUp() override
    {
        LetterFixture::SetUp();
        m_case = caseTitled(QStringLiteral("MRI claim"));
        m_to = contactNamed(QStringLiteral("Carl Jensen"));
        m_entries = *m_workspace->timeline().forCase(m_case); // oldest first
    }

    LetterFacts factsAt(const QDateTime &writtenAt)
    {
        auto facts =
            LetterFactsReader(*m_workspace)
                .read({m_case, LetterKind::Escalation, LetterTone::Firm, m_to, 0, 14}, writtenAt);
        EXPECT_TRUE(facts) << facts.message().toStdString();
        return facts ? *facts : LetterFacts{};
    }

    RowId m_case = 0;
    RowId m_to = 0;
    QList<TimelineEntry> m_entries;
};

TEST_F(LetterDatingTest, ALetterDatedInThePastCitesNoLaterContact)
{
    ASSERT_GE(m_entries.size(), 6);
    const TimelineEntry &cut = m_entries.at(m_entries.size() / 2);
    const qint64 at = cut.occurredAt.utcMs;
    QList<TimelineEntry> before;
    QStringList later;
    for (const auto &entry : std::as_const(m_entries))
        if (entry.occurredAt.utcMs < at)
            before.append(entry);
        else
            later.append(entry.summary);
    ASSERT_FALSE(before.isEmpty());

    const auto facts = factsAt(cut.occurredAt.toDateTime());
    EXPECT_EQ(facts.contactCount, before.size());
    EXPECT_EQ(facts.firstContact, before.first().occurredAt.toDateTime().date());
    EXPECT_EQ(facts.lastContact, before.last().occurredAt.toDateTime().date());
    // The first contacts and the latest ones before the letter, in order: none after it.
    ASSERT_FALSE(facts.earliest.isEmpty());
    ASSERT_FALSE(facts.latest.isEmpty());
    for (int i = 0; i < facts.earliest.size(); ++i)
        EXPECT_EQ(facts.earliest.at(i).summary, before.at(i).summary);
    const auto firstLatest = before.size() - facts.latest.size();
    for (int i = 0; i < facts.latest.size(); ++i)
        EXPECT_EQ(facts.latest.at(i).summary, before.at(firstLatest + i).summary);
    EXPECT_EQ(facts.contactsOmitted, before.size() - facts.earliest.size() - facts.latest.size());
    EXPECT_FALSE(later.isEmpty());

    // Written now, the same letter cites the whole history.
    const auto now = factsAt({});
    EXPECT_EQ(now.contactCount, m_entries.size());
    EXPECT_EQ(now.latest.last().summary, m_entries.last().summary);
}

TEST_F(LetterDatingTest, PromisesAreQuotedAsTheyStoodOnTheLettersDate)
{
    auto commitments = *m_workspace->commitments().forCase(m_case);
    // A date after the first promise was made and before it was settled, where there is one.
    std::optional<Commitment> settledLater;
    for (const auto &c : std::as_const(commitments))
        if (!c.statusChangedAt.isNull() && c.statusChangedAt.utcMs > c.madeAt.utcMs + 1000 &&
            c.status != CommitmentStatus::Pending)
            settledLater = c;
    ASSERT_TRUE(settledLater) << "the demo case has no settled promise";
    const Instant letterAt = Instant::fromUtcMs(settledLater->statusChangedAt.utcMs - 1000,
                                                settledLater->statusChangedAt.offsetSeconds);
    const auto facts = factsAt(letterAt.toDateTime());

    int madeBefore = 0;
    for (const auto &c : std::as_const(commitments))
        madeBefore += c.madeAt.isNull() || c.madeAt.utcMs < letterAt.utcMs ? 1 : 0;
    EXPECT_EQ(facts.promises.size() + facts.promisesOmitted, madeBefore);
    bool quoted = false;
    for (const auto &promise : facts.promises) {
        const auto made = std::find_if(commitments.cbegin(), commitments.cend(),
                                       [&](const Commitment &c) { return c.what == promise.what; });
        ASSERT_NE(made, commitments.cend());
        EXPECT_LT(made->madeAt.utcMs, letterAt.utcMs) << promise.what.toStdString();
        if (promise.what == settledLater->what) {
            quoted = true;
            // Still open then: pending, or overdue if its date had passed.
            EXPECT_TRUE(promise.state == QStringLiteral("pending") ||
                        promise.state == QStringLiteral("not kept (overdue)"))
                << promise.state.toStdString();
            EXPECT_FALSE(promise.broken);
        }
    }
    EXPECT_TRUE(quoted);
}

TEST_F(LetterDatingTest, TheLevelsTriedAreThoseReachedBeforeTheLetter)
{
    auto standing = EscalationService(*m_workspace).standing(m_case);
    ASSERT_TRUE(standing);
    // The moment the second level reached was reached: before it only the first counts.
    QList<Instant> reached;
    for (const auto &level : std::as_const(standing->levels))
        if (!level.reachedAt.isNull() &&
            (level.status == EscalationStatus::Done || level.status == EscalationStatus::Current))
            reached.append(level.reachedAt);
    ASSERT_GE(reached.size(), 2) << "the demo case reached fewer than two levels";
    std::sort(reached.begin(), reached.end(),
              [](const Instant &a, const Instant &b) { return a.utcMs < b.utcMs; });
    const auto early = factsAt(reached.at(1).toDateTime());
    const auto now = factsAt({});
    EXPECT_LT(early.levelsTried.size(), now.levelsTried.size());
    ASSERT_FALSE(early.nextLevel.isEmpty());
    // The next step then was a level the case has reached since.
    EXPECT_NE(early.nextLevel, now.nextLevel);
}

TEST_F(LetterDatingTest, TheDemosSentEscalationDoesNotCiteItsOwnSending)
{
    const QString sending =
        QStringLiteral("Second e-mail to the chief of staff: no answer after a week");
    bool found = false;
    for (const auto &letter : *LetterRepository(*m_workspace).forCase(m_case))
        if (letter.isSent() && letter.kind == LetterKind::Escalation) {
            found = true;
            // Dated the moment it went out: its own entry is not among the contacts before it,
            // a moment later it is the latest.
            const QDateTime at = letter.writtenAt.toDateTime();
            const auto facts = factsAt(at);
            ASSERT_FALSE(facts.latest.isEmpty());
            EXPECT_NE(facts.latest.last().summary, sending);
            EXPECT_FALSE(letter.body.contains(sending));
            EXPECT_EQ(factsAt(at.addSecs(1)).latest.last().summary, sending);
        }
    EXPECT_TRUE(found);
}

} // namespace
} // namespace leverage::testing
