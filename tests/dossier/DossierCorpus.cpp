#include "tests/dossier/DossierCorpus.h"

#include "core/dossier/DossierNarrative.h"

#include <QRegularExpression>
#include <QSet>

namespace leverage::testing {
namespace {

Instant at(int day, int hour, int minute = 0)
{
    const QDateTime when(QDate(2026, 9, 1).addDays(day), QTime(hour, minute), Qt::OffsetFromUTC,
                         -5 * 3600);
    return Instant::fromDateTime(when);
}

} // namespace

QStringList longNoteLines()
{
    QStringList lines;
    for (int i = 1; i <= 140; ++i)
        lines.append(QStringLiteral("Line %1 of the call with Whitfield: the Office staff "
                                    "promised an effort to fix the refund (ticket N%2).")
                         .arg(i, 3, 10, QLatin1Char('0'))
                         .arg(7000 + i));
    return lines;
}

DossierData awkwardCorpus()
{
    DossierData data;
    auto &cover = data.cover;
    cover.caseTitle = QStringLiteral("Staff refund effort at the Office of Fair Fixes");
    cover.organizations = {
        {QStringLiteral("Griffin & Whitfield Offices"), QString(), QString()},
        {QStringLiteral("Fairfield Ombudsman"), QStringLiteral("regulator"), QString()}};
    cover.reference = QStringLiteral("REF-2026-0042/B");
    cover.openedAt = at(0, 9);
    cover.status = QStringLiteral("Open");
    cover.desiredOutcome = QStringLiteral("A refund of the affiliate fee, confirmed in writing");
    cover.amountSoughtCents = 48900;
    cover.currency = QStringLiteral("USD");
    cover.preparedBy = QStringLiteral("Ophelia Griffiths");
    cover.asOf = QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::OffsetFromUTC, -5 * 3600);

    const QStringList summaries{
        QStringLiteral("Whitfield in the Office said Staff would fix it; Off hold after 20 min"),
        QString::fromUtf8("Arabic reply: شكرا لكم على الرد السريع"),
        QString::fromUtf8("Hebrew reply: תודה רבה על התשובה"),
        QString::fromUtf8("Chinese reply: 我们已经收到您的退款申请"),
        QStringLiteral(
            "Wrote to renee.okafor@bigbox.example and complaints@griffin-whitfield.co.uk"),
        QStringLiteral("Filled in the ombudsman's online form (address in the notes)"),
        QString::fromUtf8("Chat with the affiliate desk 👍🏽 🇫🇷 (effort noted)"),
    };
    for (int i = 0; i < summaries.size(); ++i) {
        DossierData::TimelineRow row;
        row.number = i + 1;
        row.occurredAt = at(i * 3, 10 + i, 5 * i);
        row.channel = i % 2 ? QStringLiteral("E-mail") : QStringLiteral("Call");
        row.personName =
            i % 2 ? QStringLiteral("Efficient Staffer") : QStringLiteral("Fifi Whitfield");
        row.personPosition = QStringLiteral("Office affairs officer");
        row.reference = QStringLiteral("TK-%1-FF").arg(880410 + i);
        row.summary = summaries.at(i);
        row.durationSeconds = 600 + 60 * i;
        row.holdSeconds = 120;
        if (i == 0)
            row.notes = longNoteLines().join(QLatin1Char('\n'));
        if (i == 4)
            row.notes = QStringLiteral("Cc: office.staff@fairfield-ombudsman.example");
        if (i == 5)
            row.notes = QStringLiteral(
                "Form at https://www.fairfield-ombudsman.example/complaints/new?case=42&lang=en");
        data.timeline.append(row);
    }
    data.summary.contacts = int(summaries.size());
    data.summary.people = 2;
    data.summary.broken = 1;

    DossierData::CommitmentRow promise;
    promise.what = QStringLiteral("Fix the affiliate fee and refund it");
    promise.madeBy = QStringLiteral("Fifi Whitfield");
    promise.madeByPosition = QStringLiteral("Office affairs officer");
    promise.entryNumber = 1;
    promise.madeAt = at(0, 10);
    promise.due = DueWindow::moment(at(2, 6, 20));
    promise.status = CommitmentStatus::Broken;
    promise.statusNote = QStringLiteral("No refund; the officer was off sick");
    data.commitments.append(promise);

    DossierData::ContactRow contact;
    contact.name = QStringLiteral("Renée Okafor");
    contact.position = QStringLiteral("Chief of Staff");
    contact.organization = QStringLiteral("Griffin & Whitfield Offices");
    contact.directLine = QStringLiteral("+1 555 0100 7788");
    contact.email = QStringLiteral("renee.okafor@bigbox.example");
    contact.entries = 3;
    data.contacts.append(contact);
    contact.name = QStringLiteral("Fifi Whitfield");
    contact.position = QStringLiteral("Office affairs officer");
    contact.email = QStringLiteral("fifi.whitfield@griffin-whitfield.example");
    contact.entries = 4;
    data.contacts.append(contact);
    data.showEscalation = false;
    data.summary.whatHappened = DossierNarrative::whatHappened(data);
    return data;
}

QStringList storedWords(const DossierData &data)
{
    QStringList texts{data.cover.caseTitle, data.cover.reference, data.cover.desiredOutcome,
                      data.cover.preparedBy};
    for (const auto &organization : data.cover.organizations)
        texts << organization.name << organization.role;
    for (const auto &row : data.timeline.toList())
        texts << row.personName << row.personPosition << row.reference << row.summary << row.notes;
    for (const auto &row : data.commitments)
        texts << row.what << row.madeBy << row.madeByPosition << row.statusNote;
    for (const auto &row : data.contacts)
        texts << row.name << row.position << row.organization << row.directLine << row.email;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList words;
    QSet<QString> seen;
    for (const auto &text : texts)
        for (const auto &word : text.split(space, Qt::SkipEmptyParts))
            if (!seen.contains(word)) {
                seen.insert(word);
                words.append(word);
            }
    return words;
}

} // namespace leverage::testing
