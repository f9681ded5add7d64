#include "core/vcard/VCardWriter.h"
#include "tests/contacts/ContactCardSamples.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <gtest/gtest.h>

namespace leverage {
namespace {

// Debian's python3-vobject reads what we write: a parser that is not ours checks the output.
// /usr/bin/python3, not the python3 on the PATH, is the one that sees Debian's packages.
const char *const kScript = R"(
import json, sys, vobject
cards = []
with open(sys.argv[1], encoding="utf-8", newline="") as f:
    for card in vobject.readComponents(f.read()):
        out = {}
        for child in card.getChildren():
            value = child.value
            if child.name == "ORG":
                value = list(value)
            elif child.name == "N":
                value = [value.family, value.given]
            out.setdefault(child.name, []).append(value)
        out["TEL_TYPES"] = [p.lower() for p in card.tel.params.get("TYPE", [])] if hasattr(card, "tel") else []
        cards.append(out)
print(json.dumps(cards))
)";

TEST(VObjectInterop, Python3VobjectReadsOurVersion4Output)
{
    if (!QFile::exists(QStringLiteral("/usr/bin/python3")))
        FAIL() << "/usr/bin/python3 is not installed (make test installs it)";
    ContactCard second;
    second.contact.name = QStringLiteral("Sam Lee");
    second.contact.meta.uuid = QStringLiteral("11111111-2222-4333-8444-555555555555");
    second.contact.email = QStringLiteral("sam@example.org");
    const QList<ContactCard> cards{testing::fullCard(), second};

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.vcf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(VCardWriter::write(cards));
    file.close();

    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(kScript), path});
    ASSERT_TRUE(python.waitForFinished(30000));
    const auto stderrText = python.readAllStandardError();
    if (stderrText.contains("No module named 'vobject'"))
        FAIL() << "python3-vobject is not installed (make test installs it)";
    ASSERT_EQ(python.exitCode(), 0) << stderrText.constData();
    const auto parsed = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    ASSERT_EQ(parsed.size(), 2);

    const auto card = parsed.at(0).toObject();
    const Contact &c = cards.at(0).contact;
    auto one = [&card](const char *name) {
        return card.value(QLatin1String(name)).toArray().at(0);
    };
    EXPECT_EQ(one("VERSION").toString(), QStringLiteral("4.0"));
    EXPECT_EQ(one("FN").toString(), c.name);
    EXPECT_EQ(one("N").toArray().at(0).toString(), QStringLiteral("Ñúñez-O'Brien"));
    EXPECT_EQ(one("ORG").toArray().at(0).toString(), cards.at(0).organizationName);
    EXPECT_EQ(one("ORG").toArray().at(1).toString(), c.department);
    EXPECT_EQ(one("TITLE").toString(), c.position);
    EXPECT_EQ(one("TEL").toString(), c.directLine);
    EXPECT_TRUE(card.value(QLatin1String("TEL_TYPES")).toArray().contains(QStringLiteral("work")));
    EXPECT_EQ(one("EMAIL").toString(), c.email);
    EXPECT_EQ(one("NOTE").toString(), c.notes);
    EXPECT_EQ(one("UID").toString(), QStringLiteral("urn:uuid:") + c.meta.uuid);
    EXPECT_EQ(one("X-LEVERAGE-GATEWAY").toString(), QStringLiteral("TRUE"));
    EXPECT_EQ(one("X-LEVERAGE-SUPERVISOR").toString(),
              QStringLiteral("urn:uuid:") + cards.at(0).supervisorUid);
    EXPECT_EQ(one("X-LEVERAGE-RULES").toString(), c.rulesOfEngagement);
    EXPECT_EQ(one("X-LEVERAGE-EXTENSION").toString(), c.extension);
    EXPECT_EQ(one("X-LEVERAGE-BEST-TIME").toString(), c.bestTime);
    EXPECT_EQ(one("X-LEVERAGE-PREFERRED-CHANNEL").toString(), c.preferredChannel);

    const auto plain = parsed.at(1).toObject();
    EXPECT_EQ(plain.value(QLatin1String("FN")).toArray().at(0).toString(),
              QStringLiteral("Sam Lee"));
    EXPECT_FALSE(plain.contains(QLatin1String("X-LEVERAGE-GATEWAY")));
    EXPECT_FALSE(plain.contains(QLatin1String("ORG")));
}

} // namespace
} // namespace leverage
