#include "core/domain/Contact.h"
#include "core/evidence/MailImporter.h"
#include "core/evidence/MailParser.h"
#include "core/evidence/ReferenceExtractor.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/SealVerifier.h"
#include "tests/evidence/EvidenceFixture.h"
#include "tests/support/LeverageProcess.h"

#include <QDir>
#include <QElapsedTimer>

using namespace leverage;
using leverage::testing::EvidenceFixture;
using leverage::testing::runLeverage;

namespace {

QString fixture(const char *name)
{
    return QDir(qEnvironmentVariable("LEVERAGE_SOURCE_DIR"))
        .filePath(QStringLiteral("tests/evidence/data/") + QString::fromLatin1(name));
}

MailMessage parsed(const char *name)
{
    auto read = MailParser::parseFile(fixture(name));
    EXPECT_TRUE(read.isOk()) << name << ": " << read.message().toStdString();
    EXPECT_EQ(read.isOk() ? read->size() : 0, 1);
    return read.isOk() && !read->isEmpty() ? read->first() : MailMessage{};
}

class MailImportTest : public EvidenceFixture
{
protected:
    TimelineEntry importOne(const char *name)
    {
        auto summary = MailImporter(*ws).import(caseId, {parsed(name)});
        EXPECT_TRUE(summary.isOk()) << summary.message().toStdString();
        EXPECT_EQ(summary.isOk() ? summary->imported : 0, 1);
        if (!summary.isOk() || summary->entryIds.isEmpty())
            return {};
        return *ws->timeline().get(summary->entryIds.first());
    }
};

TEST_F(MailImportTest, AThunderbirdMessageBecomesAnEmailEntryWithItsZoneAndReference)
{
    const auto entry = importOne("thunderbird-plain.eml");
    EXPECT_EQ(entry.channel, Channel::Email);
    EXPECT_EQ(entry.occurredAt.toDateTime(),
              QDateTime(QDate(2026, 3, 2), QTime(10, 14, 7), Qt::OffsetFromUTC, -5 * 3600));
    EXPECT_EQ(entry.occurredAt.offsetSeconds, -5 * 3600);
    EXPECT_EQ(entry.summary, QStringLiteral("Dishwasher still broken - Case #00412345"));
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("00412345"));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("promised a replacement within 10")));
    EXPECT_EQ(entry.personName, QStringLiteral("Dana Whitfield"));
    auto contact = ws->contacts().get(entry.contactId);
    ASSERT_TRUE(contact.isOk());
    EXPECT_EQ(contact->email, QStringLiteral("dana.whitfield@example.net"));
}

TEST_F(MailImportTest, AnHtmlOnlyGmailMessageBecomesText)
{
    const auto entry = importOne("gmail-html-only.eml");
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("We will refund you within 5 days.")))
        << entry.notes.toStdString();
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("We're sorry")));
    EXPECT_FALSE(entry.notes.contains(QLatin1Char('<')));
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("ABC-778812"));
    EXPECT_EQ(entry.occurredAt.offsetSeconds, 3600);
}

TEST_F(MailImportTest, AForwardedMessageKeepsTheCompanysWords)
{
    const auto entry = importOne("forwarded.eml");
    EXPECT_TRUE(entry.notes.startsWith(QStringLiteral("Keeping this for the complaint.")));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("Forwarded message")));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("From: Brightline Billing")));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("will reach your card within 5 days")));
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("112-4417730-55"));
}

TEST_F(MailImportTest, LatinOneAndShiftJisBodiesAndEncodedWordsAreDecoded)
{
    const auto german = importOne("iso-8859-1.eml");
    EXPECT_EQ(german.summary, QStringLiteral("Ihre Rückerstattung - Vorgang 2026-55123"));
    EXPECT_EQ(german.personName, QStringLiteral("Jürgen Müller"));
    EXPECT_TRUE(german.notes.contains(QStringLiteral("Rückerstattung über 449 EUR")));
    EXPECT_TRUE(german.notes.contains(QStringLiteral("Grüßen")));
    EXPECT_EQ(german.referenceNumber, QStringLiteral("2026-55123"));

    const auto japanese = importOne("shift-jis.eml");
    EXPECT_EQ(japanese.summary, QStringLiteral("返金のご案内 (受付番号 JP-44821)"));
    EXPECT_EQ(japanese.personName, QStringLiteral("サポートセンター"));
    EXPECT_TRUE(japanese.notes.contains(QStringLiteral("返金は5営業日以内に行います。")))
        << japanese.notes.toStdString();
    EXPECT_EQ(japanese.referenceNumber, QStringLiteral("JP-44821"));
    EXPECT_EQ(japanese.occurredAt.offsetSeconds, 9 * 3600);
}

TEST_F(MailImportTest, AMessageWithNoDateIsDatedWhenImportedAndSaysSo)
{
    const auto entry = importOne("no-date.eml");
    EXPECT_EQ(entry.occurredAt, Instant::fromDateTime(leverage::testing::testNow()));
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("carries no date")));
    EXPECT_EQ(entry.summary, QStringLiteral("Your survey – ticket 88213"));
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("88213"));
    EXPECT_EQ(entry.personName, QStringLiteral("noreply@brightline-appliances.example"));
}

TEST_F(MailImportTest, AnOutlookMessagesInlineImageAndWinmailAreAttachedToTheEntry)
{
    const auto entry = importOne("outlook-inline-image.eml");
    EXPECT_TRUE(entry.notes.contains(QStringLiteral("replacement panel at no cost")));
    EXPECT_FALSE(entry.notes.contains(QStringLiteral("<html>")));
    EXPECT_EQ(entry.referenceNumber, QStringLiteral("4417-0093"));
    EXPECT_EQ(entry.personName, QStringLiteral("Lopez, Maria"));
    auto attachments = ws->attachments().forEntry(entry.meta.id);
    ASSERT_TRUE(attachments.isOk());
    ASSERT_EQ(attachments->size(), 2);
    EXPECT_EQ(attachments->at(0).originalName, QStringLiteral("image001.png"));
    EXPECT_EQ(attachments->at(0).mimeType, QStringLiteral("image/png"));
    EXPECT_EQ(attachments->at(1).originalName, QStringLiteral("winmail.dat"));
    EXPECT_EQ(attachments->at(1).mimeType, QStringLiteral("application/ms-tnef"));
    EXPECT_EQ(attachments->at(1).size, 64);
    EXPECT_TRUE(SealVerifier::verify(*ws)->intact());
}

TEST_F(MailImportTest, TheSenderIsMatchedToAContactByAddress)
{
    Contact maria;
    maria.name = QStringLiteral("Maria L.");
    maria.email = QStringLiteral("Maria.Lopez@brightline-appliances.example");
    ASSERT_TRUE(ws->contacts().add(maria).isOk());
    const auto entry = importOne("gmail-html-only.eml");
    EXPECT_EQ(entry.contactId, maria.meta.id);
}

TEST_F(MailImportTest, AMessageImportedTwiceIsRecognisedByItsMessageId)
{
    importOne("thunderbird-plain.eml");
    auto again = MailImporter(*ws).import(caseId, {parsed("thunderbird-plain.eml")});
    ASSERT_TRUE(again.isOk());
    EXPECT_EQ(again->imported, 0);
    EXPECT_EQ(again->duplicates, 1);
    EXPECT_EQ(*ws->timeline().count(caseId), 2); // the fixture's call and the one e-mail
}

TEST_F(MailImportTest, AMalformedMessageIsRefusedWithAReasonAndNothingIsImported)
{
    auto read = MailParser::parseFile(fixture("malformed.eml"));
    ASSERT_FALSE(read.isOk());
    EXPECT_TRUE(read.message().contains(QStringLiteral("malformed.eml")));
    EXPECT_TRUE(read.message().contains(QStringLiteral("does not begin with mail headers")));

    auto noSender = MailParser::parseMessage("Subject: hello\r\n\r\nbody\r\n", QStringLiteral("x"));
    ASSERT_FALSE(noSender.isOk());
    EXPECT_TRUE(noSender.message().contains(QStringLiteral("names no sender")));

    // On the command line, a good file beside a malformed one imports nothing either.
    ws.close();
    auto run = runLeverage({QStringLiteral("import-mail"), ws.path(), QStringLiteral("--case"),
                            QString::number(caseId), fixture("thunderbird-plain.eml"),
                            fixture("malformed.eml")});
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.err.count(QLatin1Char('\n')), 1) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(QStringLiteral("malformed.eml")));
    ws.reopen();
    EXPECT_EQ(*ws->timeline().count(caseId), 1);
}

TEST_F(MailImportTest, TheCommandLineImportsEveryFixtureAndSkipsThemTheSecondTime)
{
    ws.close();
    QStringList arguments{QStringLiteral("import-mail"), ws.path(), QStringLiteral("--case"),
                          QString::number(caseId)};
    for (const char *name :
         {"thunderbird-plain.eml", "gmail-html-only.eml", "forwarded.eml", "iso-8859-1.eml",
          "shift-jis.eml", "no-date.eml", "outlook-inline-image.eml"})
        arguments << fixture(name);
    auto first = runLeverage(arguments);
    EXPECT_EQ(first.exitCode, 0) << first.err.toStdString();
    EXPECT_TRUE(first.out.startsWith(QStringLiteral("Imported 7 messages (0 already there), 2 "
                                                    "attachments")))
        << first.out.toStdString();
    auto second = runLeverage(arguments);
    EXPECT_EQ(second.exitCode, 0);
    EXPECT_TRUE(second.out.startsWith(QStringLiteral("Imported 0 messages (7 already there)")))
        << second.out.toStdString();
}

TEST_F(MailImportTest, AnMboxBecomesOneEntryPerMessage)
{
    QByteArray mbox;
    for (const char *name : {"thunderbird-plain.eml", "gmail-html-only.eml", "no-date.eml"}) {
        QFile file(fixture(name));
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        mbox += "From MAILER-DAEMON Mon Mar  2 10:14:07 2026\n" +
                file.readAll().replace("\r\n", "\n") + "\n";
    }
    auto read = MailParser::parseMbox(mbox, QStringLiteral("inbox.mbox"));
    ASSERT_TRUE(read.isOk()) << read.message().toStdString();
    ASSERT_EQ(read->size(), 3);
    EXPECT_EQ(read->at(1).subject, QStringLiteral("Re: Your refund request [Ref: ABC-778812]"));
    EXPECT_FALSE(MailParser::parseMbox("Hello\n", QStringLiteral("x.mbox")).isOk());
}

TEST(ReferenceExtractorTest, FindsTheCompanysNumbersAndNotDatesOrAmounts)
{
    EXPECT_EQ(ReferenceExtractor::extract(QStringLiteral("Case #00412345 update")),
              QStringList{QStringLiteral("00412345")});
    EXPECT_EQ(ReferenceExtractor::extract(QStringLiteral("Ticket no. 55-1234 and INC0012345")),
              (QStringList{QStringLiteral("55-1234"), QStringLiteral("INC0012345")}));
    EXPECT_TRUE(ReferenceExtractor::extract(QStringLiteral("Refund of $449 on 3 March 2026 at "
                                                           "10:15"))
                    .isEmpty());
    EXPECT_TRUE(ReferenceExtractor::extract(QStringLiteral("Re: your call")).isEmpty());
}

// 1,000 .eml messages parsed and imported in one go (the issue's measure is < 10 s).
TEST_F(MailImportTest, AThousandMessagesImportQuickly)
{
    QFile file(fixture("outlook-inline-image.eml"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray raw = file.readAll();
    QElapsedTimer timer;
    timer.start();
    QList<MailMessage> messages;
    for (int i = 0; i < 1000; ++i) {
        QByteArray one = raw;
        one.replace("Message-ID: <DM6PR11", "Message-ID: <" + QByteArray::number(i) + "-DM6PR11");
        one.replace("maria.lopez@", "agent" + QByteArray::number(i % 40) + "@");
        auto message = MailParser::parseMessage(one, QStringLiteral("bulk.eml"));
        ASSERT_TRUE(message.isOk());
        messages.append(*message);
    }
    auto summary = MailImporter(*ws).import(caseId, messages);
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(summary.isOk()) << summary.message().toStdString();
    EXPECT_EQ(summary->imported, 1000);
    EXPECT_EQ(summary->contactsCreated, 40);
    EXPECT_EQ(summary->attachments, 2000);
    std::cout << "1,000 messages (2,000 attachments) parsed and imported in " << ms << " ms\n";
    EXPECT_LT(ms, 10000);
}

} // namespace
