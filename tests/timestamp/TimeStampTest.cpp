// RFC 3161 time-stamps of the hash chain's head (issue 21) against a local authority run with
// `openssl ts` (LocalTimeStampAuthority): asked, kept, verified offline; what an authority that
// refuses, answers nonsense, fails or is not there does; a token damaged in the file.
#include "core/store/SealVerifier.h"
#include "core/store/TimeStampRepository.h"
#include "core/timestamp/TimeStampCheck.h"
#include "core/timestamp/TimeStampClient.h"
#include "core/timestamp/TimeStampToken.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/timestamp/LocalTimeStampAuthority.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>

using namespace leverage;
using leverage::testing::LocalTimeStampAuthority;

namespace {

class TimeStampTest : public leverage::testing::EvidenceFixture
{
protected:
    void SetUp() override
    {
        EvidenceFixture::SetUp();
        ASSERT_TRUE(tsa.start());
    }

    Result<TimeStampRepository::Stamp> ask(const QUrl &url, int timeoutMs = 20000)
    {
        auto head = TimeStampRepository(*ws).head();
        EXPECT_TRUE(head);
        return TimeStampClient::stampNow(
            url, caseId, *head, Instant::fromDateTime(leverage::testing::testNow()), timeoutMs);
    }

    TimeStampRepository::Stamp stampAndKeep()
    {
        auto stamp = ask(tsa.url());
        EXPECT_TRUE(stamp) << stamp.message().toStdString();
        if (!stamp)
            return {};
        auto id = TimeStampRepository(*ws).add(*stamp);
        EXPECT_TRUE(id) << id.message().toStdString();
        stamp->id = id ? *id : 0;
        return *stamp;
    }

    QList<TimeStampCheck::Outcome> check(const QString &caFile = {})
    {
        auto report = SealVerifier::verify(*ws);
        EXPECT_TRUE(report);
        auto outcomes =
            TimeStampCheck::check(*ws, caseId, report ? report->firstBadSeal : 0, caFile);
        EXPECT_TRUE(outcomes) << outcomes.message().toStdString();
        return outcomes ? *outcomes : QList<TimeStampCheck::Outcome>{};
    }

    qint64 stampsKept() { return countRows(QStringLiteral("SELECT count(*) FROM time_stamps")); }

    LocalTimeStampAuthority tsa;
};

TEST_F(TimeStampTest, TheHeadIsStampedKeptAndVerifiedOffline)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
    const auto stamp = stampAndKeep();
    const QString head = *ws->seals().head();
    EXPECT_EQ(stamp.head, head);
    EXPECT_EQ(stamp.caseId, caseId);
    EXPECT_EQ(stamp.authorityUrl, tsa.url().toString());
    EXPECT_GE(stamp.genTimeMs, before.toMSecsSinceEpoch());
    EXPECT_LE(stamp.genTimeMs, QDateTime::currentMSecsSinceEpoch() + 2000);

    auto info = TimeStampToken::read(stamp.token);
    ASSERT_TRUE(info);
    EXPECT_EQ(info->imprintHex, head);
    EXPECT_EQ(info->authority, QStringLiteral("Leverage Test TSA (Leverage Tests)"));
    EXPECT_EQ(info->policy, QStringLiteral("1.2.3.4.1"));
    EXPECT_FALSE(info->serial.isEmpty());

    // The workspace closed and opened again: the stamp is read back and verified offline
    // (the authority stopped), by the certificate it carries and against its CA.
    tsa.stop();
    ws.reopen();
    auto outcomes = check();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes.first().good()) << outcomes.first().sentence().toStdString();
    EXPECT_FALSE(outcomes.first().verdict.chainChecked);
    EXPECT_EQ(outcomes.first().coverage, TimeStampCheck::Coverage::Current);
    EXPECT_TRUE(outcomes.first().sentence().contains(QStringLiteral("the current head")));
    auto withCa = check(tsa.caFile());
    ASSERT_EQ(withCa.size(), 1);
    EXPECT_TRUE(withCa.first().verdict.valid) << withCa.first().verdict.problem.toStdString();
    EXPECT_TRUE(withCa.first().verdict.chainChecked);
    auto otherCa = check(tsa.otherCaFile());
    ASSERT_EQ(otherCa.size(), 1);
    EXPECT_FALSE(otherCa.first().verdict.valid);
    EXPECT_TRUE(otherCa.first().verdict.problem.contains(QStringLiteral("does not lead to a CA")))
        << otherCa.first().verdict.problem.toStdString();

    // OpenSSL's own command agrees: the imprint is the head itself.
    const QString tokenFile = ws.directory() + QStringLiteral("/token.der");
    QFile out(tokenFile);
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(stamp.token);
    out.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("ts"), QStringLiteral("-verify"), QStringLiteral("-digest"), head,
                   QStringLiteral("-token_in"), QStringLiteral("-in"), tokenFile,
                   QStringLiteral("-CAfile"), tsa.caFile()});
    ASSERT_TRUE(openssl.waitForFinished(20000));
    EXPECT_EQ(openssl.exitCode(), 0) << openssl.readAllStandardError().toStdString();
    EXPECT_TRUE(openssl.readAllStandardOutput().contains("Verification: OK"));
}

TEST_F(TimeStampTest, LaterWritesAreNotCoveredAndTheStampSaysSo)
{
    const auto stamp = stampAndKeep();
    TimelineEntry later;
    later.caseId = caseId;
    later.channel = Channel::Email;
    later.summary = QStringLiteral("Refund still missing");
    later.occurredAt = Instant::fromDateTime(leverage::testing::testNow());
    ASSERT_TRUE(ws->timeline().add(later));
    auto outcomes = check();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes.first().good());
    EXPECT_EQ(outcomes.first().coverage, TimeStampCheck::Coverage::Earlier);
    EXPECT_EQ(outcomes.first().sealsSince, 1);
    EXPECT_TRUE(outcomes.first().sentence().contains(QStringLiteral("1 later seal is not covered")))
        << outcomes.first().sentence().toStdString();
    EXPECT_EQ(outcomes.first().stamp.sealId, stamp.sealId);
    later.meta = {}; // a second, new entry
    ASSERT_TRUE(ws->timeline().add(later));
    outcomes = check();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_TRUE(outcomes.first().sentence().contains(QStringLiteral("2 later seals are not "
                                                                    "covered")))
        << outcomes.first().sentence().toStdString();
}

TEST_F(TimeStampTest, AChangedTokenNoLongerVerifies)
{
    const auto stamp = stampAndKeep();
    // One digit of the time inside the signed content changed: still a token, wrongly signed.
    QByteArray changed = stamp.token;
    const QByteArray year = QDateTime::fromMSecsSinceEpoch(stamp.genTimeMs, Qt::UTC)
                                .toString(QStringLiteral("yyyyMMddHHmmss"))
                                .toLatin1();
    const qsizetype at = changed.indexOf(year);
    ASSERT_GE(at, 0);
    changed[at + 3] = changed[at + 3] == '9' ? '8' : char(changed[at + 3] + 1);
    QSqlQuery q(ws->database());
    ASSERT_TRUE(q.prepare(QStringLiteral("UPDATE time_stamps SET token = ?")));
    q.addBindValue(changed);
    ASSERT_TRUE(q.exec());
    auto outcomes = check();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_FALSE(outcomes.first().good());
    EXPECT_TRUE(outcomes.first().sentence().contains(
        QStringLiteral("does not verify: its signature does not match its content.")))
        << outcomes.first().sentence().toStdString();

    // Cut short: not a token at all.
    q.prepare(QStringLiteral("UPDATE time_stamps SET token = ?"));
    q.addBindValue(stamp.token.left(40));
    ASSERT_TRUE(q.exec());
    outcomes = check();
    ASSERT_EQ(outcomes.size(), 1);
    EXPECT_FALSE(outcomes.first().good());
    EXPECT_TRUE(outcomes.first().sentence().contains(QStringLiteral("The time-stamp token is "
                                                                    "damaged")))
        << outcomes.first().sentence().toStdString();
}

TEST_F(TimeStampTest, AnAuthorityThatRefusesFailsOrIsNotThereIsNamedAndNothingIsKept)
{
    const QString base = tsa.url(QString()).toString();
    const struct
    {
        QUrl url;
        QString expected;
        int timeoutMs;
    } cases[] = {
        {tsa.url(QStringLiteral("/reject")),
         QStringLiteral("The time-stamp authority at %1/reject answered with status rejection: "
                        "Message digest algorithm is not supported.; unrecognized or "
                        "unsupported algorithm.")
             .arg(base),
         20000},
        {tsa.url(QStringLiteral("/garbage")),
         QStringLiteral("The time-stamp authority at %1/garbage answered with something that "
                        "is not a time-stamp response.")
             .arg(base),
         20000},
        {tsa.url(QStringLiteral("/broken")),
         QStringLiteral("The time-stamp authority at %1/broken answered HTTP 500 Internal "
                        "Server Error.")
             .arg(base),
         20000},
        {tsa.url(QStringLiteral("/slow")),
         QStringLiteral("The time-stamp authority at %1/slow did not answer within 1 s.").arg(base),
         1000},
    };
    for (const auto &c : cases) {
        auto stamp = ask(c.url, c.timeoutMs);
        ASSERT_FALSE(stamp) << c.url.toString().toStdString();
        EXPECT_EQ(stamp.message(), c.expected);
    }
    const QUrl nobody = LocalTimeStampAuthority::nobodyThere();
    auto stamp = ask(nobody);
    ASSERT_FALSE(stamp);
    EXPECT_TRUE(stamp.message().startsWith(
        QStringLiteral("The time-stamp authority at %1 could not be reached (")
            .arg(nobody.toString())))
        << stamp.message().toStdString();
    EXPECT_EQ(stampsKept(), 0);

    auto wrong = ask(QUrl(QStringLiteral("ftp://127.0.0.1/tsa")));
    ASSERT_FALSE(wrong);
    EXPECT_TRUE(wrong.message().contains(QStringLiteral("http:// or https://")));
}

} // namespace
