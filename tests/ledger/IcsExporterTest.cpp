#include "core/ledger/IcsExporter.h"
#include "tests/ledger/LedgerFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace leverage;
using leverage::testing::LedgerFixture;

namespace {

// Debian's python3-icalendar reads the file back: one JSON object per VEVENT.
const char *const kReader = R"PY(
import json, sys
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for ev in cal.walk('VEVENT'):
    out.append({
        'uid': str(ev.get('UID', '')),
        'has_dtstamp': ev.get('DTSTAMP') is not None,
        'dtstart': ev.decoded('DTSTART').isoformat() if ev.get('DTSTART') is not None else '',
        'summary': str(ev.get('SUMMARY', '')),
        'description': str(ev.get('DESCRIPTION', '')),
        'status': str(ev.get('STATUS', '')),
        'sequence': int(ev.get('SEQUENCE', -1)),
    })
print(json.dumps(out))
)PY";

class IcsExporterTest : public LedgerFixture
{
protected:
    QJsonArray readBack(const QString &path)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QString::fromUtf8(kReader), path});
        EXPECT_TRUE(python.waitForFinished(30000));
        EXPECT_EQ(python.exitCode(), 0) << python.readAllStandardError().toStdString();
        const auto doc = QJsonDocument::fromJson(python.readAllStandardOutput());
        EXPECT_TRUE(doc.isArray());
        return doc.array();
    }
    QJsonObject byUid(const QJsonArray &events, const QString &uid)
    {
        for (const auto &event : events)
            if (event.toObject().value(QStringLiteral("uid")).toString() == uid)
                return event.toObject();
        ADD_FAILURE() << "no event " << uid.toStdString();
        return {};
    }
    QString exportTo(const QString &name)
    {
        const QString path = ws.directory() + QLatin1Char('/') + name;
        const auto status = IcsExporter(ws.get()).writeFile(path);
        EXPECT_TRUE(status) << status.message().toStdString();
        return path;
    }
};

} // namespace

TEST_F(IcsExporterTest, EveryEventReadsBackWithUidStampAndUtcStart)
{
    const auto org = addOrganization(QStringLiteral("Northwind"));
    const auto rep = addContact(QStringLiteral("Dana Whit"), org);
    const auto caseId = addCase(QStringLiteral("Dishwasher, damaged; again"), org);
    const QString awkward = QStringLiteral("Call back, ask for Dana; ref \\A-17\nthen write");
    const QString longText = QString(200, QLatin1Char('x')).replace(50, 4, QStringLiteral("é ü"));
    const auto f1 = addFollowUp(caseId, awkward, inHours(3), rep);
    const auto f2 = addFollowUp(caseId, longText, inHours(30));
    addFollowUp(caseId, QStringLiteral("undated"), Instant{});
    const auto c1 = addCommitment(caseId, rep, QStringLiteral("Refund filed"), inHours(-5));
    const auto c2 = addCommitment(caseId, rep, QStringLiteral("Form sent"), inHours(-50),
                                  CommitmentStatus::Broken);

    const auto path = exportTo(QStringLiteral("agenda.ics"));
    const auto events = readBack(path);
    ASSERT_EQ(events.size(), 4); // the undated follow-up has no place in a calendar
    for (const auto &value : events) {
        const auto event = value.toObject();
        EXPECT_TRUE(
            event.value(QStringLiteral("uid")).toString().endsWith(QStringLiteral("@leverage")));
        EXPECT_TRUE(event.value(QStringLiteral("has_dtstamp")).toBool());
        EXPECT_TRUE(
            event.value(QStringLiteral("dtstart")).toString().endsWith(QStringLiteral("+00:00")));
    }
    const auto first = byUid(events, IcsExporter::uidFor(ws->followUps().get(f1)->meta.uuid));
    EXPECT_EQ(first.value(QStringLiteral("summary")).toString(), awkward);
    EXPECT_EQ(first.value(QStringLiteral("dtstart")).toString(),
              QStringLiteral("2026-03-02T17:00:00+00:00"));
    EXPECT_TRUE(first.value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("Case: Dishwasher, damaged; again\nWith: Dana Whit")));
    const auto second = byUid(events, IcsExporter::uidFor(ws->followUps().get(f2)->meta.uuid));
    EXPECT_EQ(second.value(QStringLiteral("summary")).toString(), longText);
    const auto pending = byUid(events, IcsExporter::uidFor(ws->commitments().get(c1)->meta.uuid));
    EXPECT_EQ(pending.value(QStringLiteral("summary")).toString(),
              QStringLiteral("Promise due (Dana Whit): Refund filed"));
    EXPECT_EQ(pending.value(QStringLiteral("status")).toString(), QStringLiteral("CONFIRMED"));
    const auto broken = byUid(events, IcsExporter::uidFor(ws->commitments().get(c2)->meta.uuid));
    EXPECT_EQ(broken.value(QStringLiteral("status")).toString(), QStringLiteral("CANCELLED"));
}

TEST_F(IcsExporterTest, LinesAreFoldedAt75OctetsWithCrLf)
{
    const auto caseId = addCase(QStringLiteral("Case"));
    addFollowUp(caseId, QString(200, QChar(0x00e9)), inHours(3)); // 400 octets of UTF-8
    auto bytes = IcsExporter(ws.get()).build();
    ASSERT_TRUE(bytes);
    ASSERT_TRUE(bytes->endsWith("\r\n"));
    const auto lines = bytes->split('\n');
    int continuations = 0;
    for (auto line : lines) {
        if (line.isEmpty())
            continue;
        ASSERT_TRUE(line.endsWith('\r')) << "bare LF";
        line.chop(1);
        EXPECT_LE(line.size(), 75) << line.toStdString();
        if (line.startsWith(' '))
            ++continuations;
        // A fold never splits a UTF-8 sequence.
        EXPECT_TRUE(QString::fromUtf8(line).toUtf8() == line) << line.toStdString();
    }
    EXPECT_GE(continuations, 5);
    EXPECT_TRUE(bytes->contains("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") ||
                bytes->contains("BEGIN:VCALENDAR\r\nPRODID"));
}

TEST_F(IcsExporterTest, ReExportKeepsUidsAndRaisesTheSequence)
{
    const auto caseId = addCase(QStringLiteral("Case"));
    const auto id = addFollowUp(caseId, QStringLiteral("Call"), inHours(3));
    const auto before = readBack(exportTo(QStringLiteral("a.ics")));
    auto row = ws->followUps().get(id);
    row->dueAt = inHours(27);
    ASSERT_TRUE(ws->followUps().update(*row));
    const auto after = readBack(exportTo(QStringLiteral("b.ics")));
    ASSERT_EQ(before.size(), 1);
    ASSERT_EQ(after.size(), 1);
    const auto a = before.at(0).toObject();
    const auto b = after.at(0).toObject();
    EXPECT_EQ(a.value(QStringLiteral("uid")), b.value(QStringLiteral("uid")));
    EXPECT_GT(b.value(QStringLiteral("sequence")).toInt(),
              a.value(QStringLiteral("sequence")).toInt());
    EXPECT_NE(a.value(QStringLiteral("dtstart")), b.value(QStringLiteral("dtstart")));
}

TEST_F(IcsExporterTest, AnUnwritablePathIsRefusedWithASentence)
{
    const auto status =
        IcsExporter(ws.get()).writeFile(ws.directory() + QStringLiteral("/no/such/dir/x.ics"));
    ASSERT_FALSE(status);
    EXPECT_TRUE(status.message().contains(QStringLiteral("could not be saved")));
}

TEST_F(IcsExporterTest, AWindowHasItsEndAndAnAlarmBeforeItOpens)
{
    // Thursday 2026-03-05, 14:00–16:00 at UTC-05:00: 19:00–21:00 UTC.
    const FollowUp callback = addCallbackInAWindow();
    const auto promiseId = addCommitment(callback.caseId, callback.contactId,
                                         QStringLiteral("Decision on the claim"), {});
    auto promise = *ws->commitments().get(promiseId);
    promise.setDue(DueWindow::within(Instant::fromDateTime(now()), 48 * 60));
    ASSERT_TRUE(ws->commitments().update(promise));

    auto bytes = IcsExporter(ws.get()).build();
    ASSERT_TRUE(bytes);
    const QString text = QString::fromUtf8(*bytes);
    EXPECT_TRUE(text.contains(QStringLiteral("DTSTART:20260305T190000Z")));
    EXPECT_TRUE(text.contains(QStringLiteral("DTEND:20260305T210000Z")));
    // "Within 48 hours" of 09:00: the event ends at the deadline, Wed 4 Mar 14:00 UTC.
    EXPECT_TRUE(text.contains(QStringLiteral("DTEND:20260304T140000Z")));
    EXPECT_EQ(text.count(QStringLiteral("BEGIN:VALARM")), 2);
    EXPECT_TRUE(text.contains(QStringLiteral("TRIGGER:-PT15M")));
    EXPECT_TRUE(text.contains(QStringLiteral("ACTION:DISPLAY")));

    const auto path = exportTo(QStringLiteral("window.ics"));
    EXPECT_EQ(readBack(path).size(), 2); // python3-icalendar reads both events back
}
