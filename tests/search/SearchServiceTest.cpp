#include "core/search/SearchService.h"
#include "core/store/CaseRepository.h"
#include "core/store/TimelineRepository.h"
#include "tests/support/TestWorkspace.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>

using namespace leverage;
using leverage::search::SearchService;

namespace {

class SearchServiceTest : public ::testing::TestWithParam<leverage::testing::Engine>
{
protected:
    void SetUp() override
    {
        Case c;
        c.title = QStringLiteral("Lost bag");
        ASSERT_TRUE(ws->cases().add(c));
        for (const auto *summary : {"Refund asked", "Claim filed", "Refund promised"}) {
            TimelineEntry e;
            e.caseId = c.meta.id;
            e.occurredAt = Instant::fromDateTime(ws.clock().now());
            e.summary = QString::fromLatin1(summary);
            ASSERT_TRUE(ws->timeline().add(e));
        }
    }

    leverage::testing::TestWorkspace ws;
};

// On a team workspace the service reaches the server through the address alone (as with
// ~/.pgpass; the test cluster trusts its socket).
INSTANTIATE_TEST_SUITE_P(Engines, SearchServiceTest, leverage::testing::kEngines,
                         leverage::testing::engineName);

TEST_P(SearchServiceTest, AnswersOffTheCallersThreadFromItsOwnConnection)
{
    SearchService service(ws.path(), ws.clock());
    QSignalSpy results(&service, &SearchService::resultsReady);
    Qt::HANDLE answeredOn = nullptr;
    QObject::connect(&service, &SearchService::resultsReady,
                     [&] { answeredOn = QThread::currentThreadId(); });
    ASSERT_TRUE(service.submit(QStringLiteral("refund")));
    ASSERT_TRUE(results.wait(5000));
    const auto hits = results.first().at(2).value<QList<SearchHit>>();
    EXPECT_EQ(hits.size(), 2);
    EXPECT_EQ(results.first().at(1).toString(), QStringLiteral("refund"));
    EXPECT_EQ(answeredOn, QThread::currentThreadId()); // delivered on the owner's thread
    // The window's connection can write meanwhile (WAL): the reader does not hold it up.
    Case other;
    other.title = QStringLiteral("Refund for the seat");
    EXPECT_TRUE(ws->cases().add(other));
}

TEST_P(SearchServiceTest, ANewerQueryMakesTheOlderOnesMoot)
{
    SearchService service(ws.path(), ws.clock());
    QSignalSpy results(&service, &SearchService::resultsReady);
    for (const auto *text : {"r", "re", "ref", "refu", "refun", "claim"})
        service.submit(QString::fromLatin1(text));
    const auto latest = service.latestGeneration();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return !results.isEmpty() && results.last().at(0).toULongLong() == latest; }, 5000));
    QTest::qWait(100); // nothing older comes after the newest
    EXPECT_EQ(results.last().at(0).toULongLong(), latest);
    EXPECT_EQ(results.last().at(1).toString(), QStringLiteral("claim"));
    for (const auto &answer : results)
        EXPECT_LE(answer.at(0).toULongLong(), latest);
}

TEST_P(SearchServiceTest, AnEmptyQueryHasNoAnswerAndMakesTheOlderMoot)
{
    SearchService service(ws.path(), ws.clock());
    QSignalSpy results(&service, &SearchService::resultsReady);
    service.submit(QStringLiteral("refund"));
    EXPECT_TRUE(service.submit(QStringLiteral("  ")));
    const auto latest = service.latestGeneration();
    QTest::qWait(300);
    for (const auto &answer : results)
        EXPECT_LT(answer.at(0).toULongLong(), latest);
}

TEST_P(SearchServiceTest, ABadQueryRunsNothingAndSaysWhere)
{
    SearchService service(ws.path(), ws.clock());
    QSignalSpy results(&service, &SearchService::resultsReady);
    const auto parsed = service.submit(QStringLiteral("refund OR"));
    EXPECT_FALSE(parsed);
    EXPECT_EQ(parsed.errorPosition, 7);
    QTest::qWait(100);
    EXPECT_TRUE(results.isEmpty());
}

} // namespace
