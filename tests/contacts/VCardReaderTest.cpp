#include "core/vcard/VCardReader.h"
#include "tests/contacts/Crlf.h"

#include <gtest/gtest.h>

namespace leverage {
using testing::crlf;
namespace {

TEST(VCardReader, ReadsVersion3WithGroupsTypesAndFolding)
{
    const auto bytes = crlf("BEGIN:VCARD\n"
                            "VERSION:3.0\n"
                            "N:Okafor;Grace;;Dr.;\n"
                            "ORG:Northwind Insurance;Claims\n"
                            "TITLE:Claims supervisor\n"
                            "TEL;TYPE=HOME,VOICE:555-0001\n"
                            "item1.TEL;TYPE=WORK:555-0199\n"
                            "item1.X-ABLabel:Direct\n"
                            "EMAIL;TYPE=INTERNET,PREF:grace@northwind.example\n"
                            "NOTE:Knows the appeal process\\, and says so.\\nCall mornings.\n"
                            " Folded on.\n"
                            "UID:abc-123\n"
                            "END:VCARD\n");
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_TRUE(cards.isOk()) << cards.message().toStdString();
    ASSERT_EQ(cards->size(), 1);
    const auto &card = cards->first();
    EXPECT_EQ(card.contact.name, QStringLiteral("Dr. Grace Okafor")); // from N: no FN
    EXPECT_EQ(card.organizationName, QStringLiteral("Northwind Insurance"));
    EXPECT_EQ(card.contact.department, QStringLiteral("Claims"));
    EXPECT_EQ(card.contact.position, QStringLiteral("Claims supervisor"));
    EXPECT_EQ(card.contact.directLine, QStringLiteral("555-0199")); // the work number
    EXPECT_EQ(card.contact.email, QStringLiteral("grace@northwind.example"));
    EXPECT_EQ(card.contact.notes,
              QStringLiteral("Knows the appeal process, and says so.\nCall mornings.Folded on."));
    EXPECT_EQ(card.contact.meta.uuid, QStringLiteral("abc-123"));
    EXPECT_FALSE(card.contact.isGateway);
}

TEST(VCardReader, ReadsVersion21QuotedPrintableAndCharsets)
{
    // 2.1 as old phones wrote it: bare parameters, soft line breaks, Latin-1 and UTF-8.
    QByteArray bytes =
        crlf("BEGIN:VCARD\n"
             "VERSION:2.1\n"
             "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen\n"
             "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller\n"
             "ORG;CHARSET=ISO-8859-1:Caf\xE9 Lumi\xE8re\n" // Latin-1
             "TEL;WORK;VOICE:+49 30 1234\n"
             "TEL;CELL:+49 170 5555\n"
             "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Erste Zeile=0D=0Azweite Zeile=\n"
             " mit =C3=A4 und ein sehr langer Text=\n"
             "=2C der weitergeht\n"
             "END:VCARD\n");
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_TRUE(cards.isOk()) << cards.message().toStdString();
    const auto &card = cards->first();
    EXPECT_EQ(card.contact.name, QStringLiteral("Jürgen Müller"));
    EXPECT_EQ(card.organizationName, QStringLiteral("Café Lumière"));
    EXPECT_EQ(card.contact.directLine, QStringLiteral("+49 30 1234"));
    EXPECT_EQ(card.contact.notes,
              QStringLiteral("Erste Zeile\nzweite Zeile mit ä und ein sehr langer Text, der "
                             "weitergeht"));
}

TEST(VCardReader, ReadsSeveralCardsAndVersion4Uris)
{
    const auto bytes = crlf("BEGIN:VCARD\nVERSION:4.0\nFN:A One\nTEL;VALUE=uri;TYPE=\"work,voice\""
                            ":tel:+1-555-0100\nX-LEVERAGE-GATEWAY:TRUE\nEND:VCARD\n\n"
                            "BEGIN:VCARD\nVERSION:4.0\nFN:B Two\nEND:VCARD\n");
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_TRUE(cards.isOk()) << cards.message().toStdString();
    ASSERT_EQ(cards->size(), 2);
    EXPECT_EQ(cards->at(0).contact.directLine, QStringLiteral("+1-555-0100"));
    EXPECT_TRUE(cards->at(0).contact.isGateway);
    EXPECT_EQ(cards->at(1).line, 8);
}

struct Malformed
{
    const char *name;
    QByteArray bytes;
    int line;
    const char *messagePart;
};

class VCardReaderMalformed : public ::testing::TestWithParam<Malformed>
{
};

TEST_P(VCardReaderMalformed, RefusesTheFileNamingTheLine)
{
    const auto &sample = GetParam();
    VCardReader reader;
    auto cards = reader.read(sample.bytes);
    ASSERT_FALSE(cards.isOk());
    EXPECT_EQ(reader.errorLine(), sample.line);
    EXPECT_TRUE(cards.message().startsWith(QStringLiteral("Line %1:").arg(sample.line)))
        << cards.message().toStdString();
    EXPECT_TRUE(cards.message().contains(QLatin1String(sample.messagePart)))
        << cards.message().toStdString();
}

QByteArray hugeField()
{
    QByteArray bytes = crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Big\nNOTE:");
    bytes += QByteArray(100 * 1024, 'x');
    bytes += crlf("\nEND:VCARD\n");
    return bytes;
}

QByteArray hugeFoldedField()
{
    QByteArray bytes = crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Big\nNOTE:x\n");
    for (int i = 0; i < 2000; ++i)
        bytes += ' ' + QByteArray(72, 'y') + "\r\n";
    bytes += crlf("END:VCARD\n");
    return bytes;
}

INSTANTIATE_TEST_SUITE_P(
    Samples, VCardReaderMalformed,
    ::testing::Values(
        Malformed{"unterminated",
                  crlf("BEGIN:VCARD\nVERSION:4.0\nFN:A\nEND:VCARD\n"
                       "BEGIN:VCARD\nVERSION:4.0\nFN:B\n"),
                  5, "END:VCARD missing"},
        Malformed{"missingEnd",
                  crlf("BEGIN:VCARD\nVERSION:3.0\nFN:A\nBEGIN:VCARD\nFN:B\n"
                       "END:VCARD\n"),
                  4, "line 1 has no END:VCARD"},
        Malformed{"badUtf8",
                  crlf("BEGIN:VCARD\nVERSION:4.0\nFN:Fine\nNOTE:bad \xC3\x28 byte\n"
                       "END:VCARD\n"),
                  4, "not valid UTF-8"},
        Malformed{"hugeField", hugeField(), 4, "64 KiB"},
        Malformed{"hugeFoldedField", hugeFoldedField(), 4, "64 KiB"},
        Malformed{"noColon",
                  crlf("BEGIN:VCARD\nVERSION:4.0\nFN:A\nthis is not a property\n"
                       "END:VCARD\n"),
                  4, "not a vCard property"},
        Malformed{"noName", crlf("BEGIN:VCARD\nVERSION:4.0\nEMAIL:a@b.example\nEND:VCARD\n"), 1,
                  "no name"},
        Malformed{"badVersion", crlf("BEGIN:VCARD\nVERSION:5.0\nFN:A\nEND:VCARD\n"), 2, "version"},
        Malformed{"badQuotedPrintable",
                  crlf("BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:A=ZZ\nEND:VCARD\n"),
                  3, "quoted-printable"},
        Malformed{"endWithoutBegin", crlf("END:VCARD\n"), 1, "without a BEGIN"},
        Malformed{"calendar", crlf("BEGIN:VCALENDAR\nEND:VCALENDAR\n"), 1, "only vCards"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(VCardReader, SkipsPhotosOfAnySizeButNotTextFields)
{
    // A phone's export carries photos far over 64 KiB: they are skipped, not refused.
    QByteArray bytes = crlf("BEGIN:VCARD\nVERSION:3.0\nFN:With Photo\nPHOTO;ENCODING=b;TYPE=JPEG:");
    for (int i = 0; i < 3000; ++i)
        bytes += QByteArray(72, 'A') + "\r\n ";
    bytes += crlf("AA==\nEND:VCARD\n"
                  "BEGIN:VCARD\nVERSION:4.0\nFN:Data Uri\nPHOTO:data:image/png;base64,");
    bytes += QByteArray(100 * 1024, 'B');
    bytes += crlf("\nEND:VCARD\n");
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_TRUE(cards.isOk()) << cards.message().toStdString();
    ASSERT_EQ(cards->size(), 2);
    EXPECT_EQ(cards->at(1).contact.name, QStringLiteral("Data Uri"));
}

TEST(VCardReader, ReportsTheFirstProblemInTheFile)
{
    QByteArray bytes = crlf("BEGIN:VCARD\nVERSION:4.0\nFN:A\nnot a property\nEND:VCARD\n"
                            "BEGIN:VCARD\nVERSION:4.0\nFN:B\nNOTE:");
    bytes += QByteArray(100 * 1024, 'x');
    bytes += crlf("\nEND:VCARD\n");
    VCardReader reader;
    ASSERT_FALSE(reader.read(bytes).isOk());
    EXPECT_EQ(reader.errorLine(), 4);
}

TEST(VCardReader, RefusesAFileOver20MiB)
{
    QByteArray bytes(VCardReader::kMaxFileBytes + 1, 'a');
    VCardReader reader;
    auto cards = reader.read(bytes);
    ASSERT_FALSE(cards.isOk());
    EXPECT_TRUE(cards.message().contains(QLatin1String("20 MiB")));
}

} // namespace
} // namespace leverage
