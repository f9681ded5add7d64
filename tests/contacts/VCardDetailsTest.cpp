// What vCards from phones and mail programs carry besides a name and a number: every phone and
// e-mail with its kind, extensions, postal addresses, URLs, categories, the parts of a name. It
// is stored, written back, read by another program (python3-vobject), and what cannot be
// stored is listed in the import preview.
#include "core/contacts/ContactImporter.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/vcard/ContactCardBuilder.h"
#include "core/vcard/VCardReader.h"
#include "core/vcard/VCardWriter.h"
#include "tests/support/TestWorkspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

// An Apple card (grouped labels, vCard 3.0) and a Google-style card with a Chinese name.
const char *const kPhoneCards =
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "PRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Okafor;Grace;Adaeze;Dr.;PhD\r\n"
    "FN:Dr. Grace Okafor\r\n"
    "ORG:Northwind Energy;Complaints\r\n"
    "TITLE:Head of complaints\r\n"
    "EMAIL;type=INTERNET;type=WORK;type=pref:grace@northwind.example\r\n"
    "EMAIL;type=INTERNET;type=HOME:grace.okafor@mail.example\r\n"
    "TEL;type=WORK;type=VOICE:+44 20 7946 0000 ext. 4471\r\n"
    "item1.TEL:+44 7700 900123\r\n"
    "item1.X-ABLabel:_$!<Mobile>!$_\r\n"
    "TEL;type=FAX:+44 20 7946 0001\r\n"
    "item2.ADR;type=WORK:;Floor 3;1 Energy Way;London;;EC1A 1BB;United "
    "Kingdom\r\n"
    "item2.X-ABLabel:_$!<Work>!$_\r\n"
    "URL;type=WORK:https://northwind.example/complaints\r\n"
    "CATEGORIES:Energy,Escalation\\, level 2\r\n"
    "BDAY:1980-04-02\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:4.0\r\n"
    "FN:王小明\r\n"
    "N:王;小明;;;\r\n"
    "TEL;VALUE=uri;TYPE=work:tel:+86-10-5555-0100;ext=102\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+86-139-0000-0000\r\n"
    "ADR;TYPE=home:;;88 Jianguo Road;Beijing;;100022;China\r\n"
    "NICKNAME:Xiaoming\r\n"
    "END:VCARD\r\n";

QList<ContactCard> readCards(const QByteArray &bytes)
{
    VCardReader reader;
    auto cards = reader.read(bytes);
    EXPECT_TRUE(cards) << cards.message().toStdString();
    return cards ? *cards : QList<ContactCard>{};
}

void expectGrace(const Contact &c)
{
    EXPECT_EQ(c.name, QStringLiteral("Dr. Grace Okafor"));
    EXPECT_EQ(c.honorificPrefix, QStringLiteral("Dr."));
    EXPECT_EQ(c.givenName, QStringLiteral("Grace"));
    EXPECT_EQ(c.additionalNames, QStringLiteral("Adaeze"));
    EXPECT_EQ(c.familyName, QStringLiteral("Okafor"));
    EXPECT_EQ(c.honorificSuffix, QStringLiteral("PhD"));
    EXPECT_EQ(c.directLine, QStringLiteral("+44 20 7946 0000"));
    EXPECT_EQ(c.extension, QStringLiteral("4471"));
    EXPECT_EQ(c.directLineKind, QString()); // work
    EXPECT_EQ(c.otherPhones, (QList<ContactPhone>{
                                 {QStringLiteral("mobile"), QStringLiteral("+44 7700 900123"), {}},
                                 {QStringLiteral("fax"), QStringLiteral("+44 20 7946 0001"), {}}}));
    EXPECT_EQ(c.email, QStringLiteral("grace@northwind.example"));
    EXPECT_EQ(c.otherEmails, (QList<ContactEmail>{{QStringLiteral("home"),
                                                   QStringLiteral("grace.okafor@mail.example")}}));
    ASSERT_EQ(c.addresses.size(), 1);
    EXPECT_EQ(c.addresses[0], (PostalAddress{QStringLiteral("work"),
                                             {},
                                             QStringLiteral("Floor 3"),
                                             QStringLiteral("1 Energy Way"),
                                             QStringLiteral("London"),
                                             {},
                                             QStringLiteral("EC1A 1BB"),
                                             QStringLiteral("United Kingdom")}));
    EXPECT_EQ(c.urls, QStringList{QStringLiteral("https://northwind.example/complaints")});
    EXPECT_EQ(c.categories,
              (QStringList{QStringLiteral("Energy"), QStringLiteral("Escalation, level 2")}));
}

void expectWang(const Contact &c)
{
    EXPECT_EQ(c.name, QStringLiteral("王小明"));
    EXPECT_EQ(c.familyName, QStringLiteral("王"));
    EXPECT_EQ(c.givenName, QStringLiteral("小明"));
    EXPECT_EQ(c.directLine, QStringLiteral("+86-10-5555-0100"));
    EXPECT_EQ(c.extension, QStringLiteral("102"));
    EXPECT_EQ(
        c.otherPhones,
        (QList<ContactPhone>{{QStringLiteral("cell"), QStringLiteral("+86-139-0000-0000"), {}}}));
    ASSERT_EQ(c.addresses.size(), 1);
    EXPECT_EQ(c.addresses[0].kind, QStringLiteral("home"));
    EXPECT_EQ(c.addresses[0].locality, QStringLiteral("Beijing"));
}

} // namespace

TEST(VCardDetails, PhonesEmailsAddressesUrlsCategoriesAndNamePartsAreRead)
{
    const auto cards = readCards(kPhoneCards);
    ASSERT_EQ(cards.size(), 2);
    expectGrace(cards[0].contact);
    EXPECT_EQ(cards[0].organizationName, QStringLiteral("Northwind Energy"));
    EXPECT_EQ(cards[0].notStored, (QStringList{QStringLiteral("BDAY"), QStringLiteral("PHOTO")}));
    expectWang(cards[1].contact);
    EXPECT_EQ(cards[1].notStored, QStringList{QStringLiteral("NICKNAME")});
}

TEST(VCardDetails, AnExtensionWrittenIntoTheNumberGoesToTheExtension)
{
    const QList<std::pair<const char *, std::pair<const char *, const char *>>> samples{
        {"tel:+1-555-0100;ext=102", {"+1-555-0100", "102"}},
        {"+1 555 0100 ext. 4471", {"+1 555 0100", "4471"}},
        {"+1 555 0100 ext=102", {"+1 555 0100", "102"}},
        {"(555) 0100 x12", {"(555) 0100", "12"}},
        {"+1 555 0100 extension 7", {"+1 555 0100", "7"}},
        {"+1 555 0100", {"+1 555 0100", ""}},
        {"0800 EXT", {"0800 EXT", ""}},
    };
    for (const auto &[raw, expected] : samples) {
        QString number, extension;
        ContactCardBuilder::splitExtension(QString::fromUtf8(raw), &number, &extension);
        EXPECT_EQ(number, QString::fromUtf8(expected.first)) << raw;
        EXPECT_EQ(extension, QString::fromUtf8(expected.second)) << raw;
    }
}

TEST(VCardDetails, ImportStoresEverythingAndThePreviewListsWhatItCannot)
{
    testing::TestWorkspace ws;
    ContactImporter importer(*ws);
    auto preview = importer.preview(kPhoneCards);
    ASSERT_TRUE(preview) << preview.message().toStdString();
    EXPECT_EQ(preview->notStored(), (QList<QPair<QString, int>>{{QStringLiteral("BDAY"), 1},
                                                                {QStringLiteral("PHOTO"), 1},
                                                                {QStringLiteral("NICKNAME"), 1}}));
    auto report = importer.apply(*preview, ContactImporter::Duplicates::Skip);
    ASSERT_TRUE(report) << report.message().toStdString();
    ASSERT_EQ(report->created, 2);

    // Read back from the file, not from memory.
    ws.reopen();
    auto all = ws->contacts().forOrganization(0);
    ASSERT_TRUE(all);
    ASSERT_EQ(all->size(), 1);
    expectWang(all->first());
    auto northwind = ws->organizations().findByName(QStringLiteral("Northwind Energy"));
    ASSERT_TRUE(northwind && *northwind);
    auto staff = ws->contacts().forOrganization((*northwind)->meta.id);
    ASSERT_TRUE(staff);
    ASSERT_EQ(staff->size(), 1);
    expectGrace(staff->first());
}

TEST(VCardDetails, WhatIsStoredIsWrittenBackAndReadTheSame)
{
    const auto cards = readCards(kPhoneCards);
    ASSERT_EQ(cards.size(), 2);
    auto again = readCards(VCardWriter::write(cards));
    ASSERT_EQ(again.size(), 2);
    for (int i = 0; i < 2; ++i) {
        again[i].line = cards[i].line;
        again[i].notStored = cards[i].notStored; // not written: they were never stored
        EXPECT_EQ(again[i], cards[i]) << i;
    }
    // A kind that is not a plain word travels as Apple's label.
    ContactCard odd = cards[0];
    odd.contact.otherPhones = {{QStringLiteral("main office"), QStringLiteral("+44 1"), {}}};
    const auto bytes = VCardWriter::write(odd);
    EXPECT_TRUE(bytes.contains("item1.X-ABLabel:main office")) << bytes.constData();
    EXPECT_EQ(readCards(bytes).value(0).contact.otherPhones, odd.contact.otherPhones);
}

// An outside reader and an outside writer: python3-vobject reads what we write, and we read
// what it writes.
TEST(VCardDetails, Python3VobjectReadsAndWritesTheDetails)
{
    ASSERT_TRUE(QFile::exists(QStringLiteral("/usr/bin/python3")))
        << "/usr/bin/python3 is not installed (make test installs it)";
    const char *script = R"(
import json, sys, vobject
def types(child):
    return sorted(t.lower() for t in child.params.get("TYPE", []))
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    text = f.read()
cards = []
for card in vobject.readComponents(text):
    out = {"TEL": [], "EMAIL": [], "ADR": [], "URL": [], "CATEGORIES": []}
    for child in card.getChildren():
        if child.name == "TEL":
            out["TEL"].append([child.value, types(child)])
        elif child.name == "EMAIL":
            out["EMAIL"].append([child.value, types(child)])
        elif child.name == "ADR":
            v = child.value
            out["ADR"].append([v.street, v.city, v.code, v.country, types(child)])
        elif child.name == "URL":
            out["URL"].append(child.value)
        elif child.name == "CATEGORIES":
            out["CATEGORIES"] += child.value if isinstance(child.value, list) else [child.value]
        elif child.name == "N":
            v = child.value
            out["N"] = [v.family, v.given, v.additional, v.prefix, v.suffix]
    cards.append(out)
again = "".join(card.serialize() for card in vobject.readComponents(text))
with open(sys.argv[2], "w", encoding="utf-8", newline="") as f:
    f.write(again)
print(json.dumps(cards))
)";
    const auto cards = readCards(kPhoneCards);
    QTemporaryDir dir;
    const QString ours = dir.filePath(QStringLiteral("ours.vcf"));
    const QString theirs = dir.filePath(QStringLiteral("theirs.vcf"));
    {
        QFile file(ours);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(VCardWriter::write(cards));
    }
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(script), ours, theirs});
    ASSERT_TRUE(python.waitForFinished(30000));
    const auto errors = python.readAllStandardError();
    ASSERT_FALSE(errors.contains("No module named 'vobject'"))
        << "python3-vobject is not installed (make test installs it)";
    ASSERT_EQ(python.exitCode(), 0) << errors.constData();
    const auto parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    ASSERT_EQ(parsed.size(), 2);

    const auto grace = parsed.at(0).toObject();
    const auto tel = grace.value(QLatin1String("TEL")).toArray();
    ASSERT_EQ(tel.size(), 3);
    EXPECT_EQ(tel.at(0).toArray().at(0).toString(), QStringLiteral("+44 20 7946 0000"));
    EXPECT_TRUE(tel.at(0).toArray().at(1).toArray().contains(QStringLiteral("work")));
    EXPECT_EQ(tel.at(1).toArray().at(0).toString(), QStringLiteral("+44 7700 900123"));
    EXPECT_TRUE(tel.at(1).toArray().at(1).toArray().contains(QStringLiteral("mobile")));
    EXPECT_TRUE(tel.at(2).toArray().at(1).toArray().contains(QStringLiteral("fax")));
    EXPECT_EQ(grace.value(QLatin1String("EMAIL")).toArray().size(), 2);
    const auto adr = grace.value(QLatin1String("ADR")).toArray().at(0).toArray();
    EXPECT_EQ(adr.at(0).toString(), QStringLiteral("1 Energy Way"));
    EXPECT_EQ(adr.at(1).toString(), QStringLiteral("London"));
    EXPECT_EQ(adr.at(2).toString(), QStringLiteral("EC1A 1BB"));
    EXPECT_TRUE(adr.at(4).toArray().contains(QStringLiteral("work")));
    EXPECT_EQ(grace.value(QLatin1String("URL")).toArray().at(0).toString(),
              QStringLiteral("https://northwind.example/complaints"));
    EXPECT_EQ(grace.value(QLatin1String("CATEGORIES")).toArray(),
              (QJsonArray{QStringLiteral("Energy"), QStringLiteral("Escalation, level 2")}));
    EXPECT_EQ(grace.value(QLatin1String("N")).toArray(),
              (QJsonArray{QStringLiteral("Okafor"), QStringLiteral("Grace"),
                          QStringLiteral("Adaeze"), QStringLiteral("Dr."), QStringLiteral("PhD")}));
    const auto wang = parsed.at(1).toObject();
    EXPECT_EQ(wang.value(QLatin1String("N")).toArray().at(0).toString(), QStringLiteral("王"));
    EXPECT_EQ(wang.value(QLatin1String("N")).toArray().at(1).toString(), QStringLiteral("小明"));

    // vobject's own serialisation of our file reads back to the same contacts.
    QFile file(theirs);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto back = readCards(file.readAll());
    ASSERT_EQ(back.size(), 2);
    expectGrace(back[0].contact);
    expectWang(back[1].contact);
}

TEST(VCardDetails, ControlCharactersAreStrippedFromFieldsAndEscapedInErrors)
{
    QByteArray card("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:\x1b[31mEve\x1b[0m\r Lee\r\n"
                    "TITLE:Acme\x1b]2;x\x07 Ltd\r\nNOTE:one\\ntwo\x7f\x1b[5m\r\nEND:VCARD\r\n");
    const auto cards = readCards(card);
    ASSERT_EQ(cards.size(), 1);
    EXPECT_EQ(cards[0].contact.name, QStringLiteral("Eve  Lee"));
    EXPECT_EQ(cards[0].contact.position, QStringLiteral("Acme Ltd"));
    EXPECT_EQ(cards[0].contact.notes, QStringLiteral("one\ntwo"));

    QByteArray bad("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\nN\x1b[2J\rAME:x\r\nEND:VCARD\r\n");
    bad.insert(bad.indexOf("AME"), '\0');
    VCardReader reader;
    auto refused = reader.read(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(reader.errorLine(), 4);
    for (const QChar c : refused.message())
        EXPECT_FALSE(c.unicode() < 0x20 || c.unicode() == 0x7f) << int(c.unicode());
    EXPECT_TRUE(refused.message().contains(QStringLiteral("N\\x1B[2J\\x0D\\x00AME")))
        << refused.message().toStdString();
}

} // namespace leverage
