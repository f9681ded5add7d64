#include "core/vcard/VCardWriter.h"
#include "core/vcard/VCardReader.h"
#include "core/vcard/VCardText.h"
#include "tests/contacts/ContactCardSamples.h"

#include <QStringDecoder>
#include <gtest/gtest.h>

namespace leverage {
namespace {

QList<QByteArray> physicalLines(const QByteArray &bytes)
{
    auto lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

TEST(VCardWriter, WritesVersion4WithCrlfAndTheExtensionProperties)
{
    const auto bytes = VCardWriter::write(testing::fullCard());
    ASSERT_TRUE(bytes.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
    ASSERT_TRUE(bytes.endsWith("END:VCARD\r\n"));
    for (const auto &line : physicalLines(bytes))
        EXPECT_TRUE(line.endsWith('\r')) << line.constData();
    const QString text = QString::fromUtf8(bytes).remove(QStringLiteral("\r\n "));
    EXPECT_TRUE(text.contains(QStringLiteral("UID:urn:uuid:6f1c1e0a-3b7d-4c55-9a43-2f0d8e51a7b1")));
    EXPECT_TRUE(text.contains(QStringLiteral("X-LEVERAGE-GATEWAY:TRUE\r\n")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("X-LEVERAGE-SUPERVISOR:urn:uuid:0e7d7a5c-91b2-4f0e-8d51-7c3b2a9e4f10")));
    EXPECT_TRUE(text.contains(QStringLiteral("ORG:Acme\\, Inc.\\; Health;Customer relations\\; "
                                             "escalations\r\n")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("TEL;VALUE=text;PREF=1;TYPE=work,voice:+1 555 0100 ext. 4412")));
    EXPECT_TRUE(text.contains(
        QStringLiteral("X-LEVERAGE-RULES:E-mail first\\; call only if urgent\\,\\nnever on")));
}

TEST(VCardWriter, FoldsAt75OctetsWithoutSplittingUtf8)
{
    ContactCard card = testing::fullCard();
    // 3-byte and 4-byte sequences at every alignment against the 75-octet boundary.
    card.contact.notes = QString(QStringLiteral("€a🎉")).repeated(80);
    const auto bytes = VCardWriter::write(card);
    int continuations = 0;
    for (auto line : physicalLines(bytes)) {
        line.chop(1); // the CR
        EXPECT_LE(line.size(), 75);
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        decoder(line);
        EXPECT_FALSE(decoder.hasError()) << "a line ends or starts inside a UTF-8 sequence";
        continuations += line.startsWith(' ') ? 1 : 0;
    }
    EXPECT_GE(continuations, 8);
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_TRUE(cards.isOk()) << cards.message().toStdString();
    EXPECT_EQ(cards->first().contact.notes, card.contact.notes);
}

TEST(VCardWriter, EscapesAndUnescapesTextValues)
{
    const QString text = QStringLiteral("a\\b,c;d\ne\r\nf");
    EXPECT_EQ(vcardtext::escape(text), QStringLiteral("a\\\\b\\,c\\;d\\ne\\nf"));
    EXPECT_EQ(vcardtext::unescape(vcardtext::escape(text)), QStringLiteral("a\\b,c;d\ne\nf"));
    EXPECT_EQ(
        vcardtext::splitStructured(QStringLiteral("Acme\\; Co;Billing\\, East;")),
        (QStringList{QStringLiteral("Acme; Co"), QStringLiteral("Billing, East"), QString()}));
}

TEST(VCardWriter, RoundTripsEveryField)
{
    ContactCard plain;
    plain.contact.name = QStringLiteral("Sam Lee");
    plain.contact.meta.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QList<ContactCard> written{testing::fullCard(), plain};
    VCardReader reader;
    auto read = reader.read(VCardWriter::write(written));
    ASSERT_TRUE(read.isOk()) << read.message().toStdString();
    ASSERT_EQ(read->size(), 2);
    for (int i = 0; i < 2; ++i) {
        ContactCard expected = written.at(i);
        ContactCard actual = read->at(i);
        actual.line = 0;
        EXPECT_EQ(actual.contact, expected.contact) << i;
        EXPECT_EQ(actual.organizationName, expected.organizationName) << i;
        EXPECT_EQ(actual.supervisorUid, expected.supervisorUid) << i;
    }
    EXPECT_FALSE(read->at(1).contact.isGateway);
    EXPECT_EQ(read->at(0).line, 1);
    EXPECT_GT(read->at(1).line, 10);
}

} // namespace
} // namespace leverage
