#include "core/dossier/DossierContent.h"

#include "core/ledger/DueText.h"

#include "core/dossier/DossierClocks.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierLetters.h"
#include "core/util/Translate.h"

#include <QRegularExpression>

namespace leverage {
namespace {

namespace fmt = dossierformat;
using T = DossierText;

QString keep(const QString &text)
{
    return DossierContent::unbroken(text);
}

// Dates inside a sentence ("between Thu 3 Sep 2026 and ...") stay whole too.
QString keepDates(const QString &sentence)
{
    static const QRegularExpression date(
        QStringLiteral("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} "
                       "(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}\\b"));
    QString result = sentence;
    auto matches = date.globalMatch(sentence);
    while (matches.hasNext()) {
        const auto match = matches.next();
        result.replace(match.capturedStart(), match.capturedLength(), keep(match.captured()));
    }
    return result;
}

DossierBlock heading(const QString &title, int level, int section = -1, bool newPage = false)
{
    return DossierContent::heading(title, level, section, newPage);
}

DossierBlock paragraph(const DossierText &text, qreal pointSize = 9.5, qreal spaceBefore = 0)
{
    DossierBlock block;
    block.text = text;
    block.pointSize = pointSize;
    block.spaceBeforePt = spaceBefore;
    return block;
}

DossierBlock table(DossierTable &&table)
{
    return DossierContent::table(std::move(table));
}

DossierRow headerRow(const QStringList &titles)
{
    return DossierContent::headerRow(titles);
}

DossierRow factRow(const QString &label, const DossierText &value)
{
    DossierCell cell{T(label, T::Bold)};
    cell.label = true;
    return DossierRow{{cell, {value}}};
}

// A table of label / value rows, all known up front.
DossierBlock factTable(QList<DossierRow> rows, qreal pointSize)
{
    DossierTable facts;
    facts.widths = {33, 67};
    facts.pointSize = pointSize;
    facts.paddingPt = pointSize > 9 ? 4 : 3;
    facts.rowCount = int(rows.size());
    facts.row = [rows = std::move(rows)](int i) { return rows.at(i); };
    return table(std::move(facts));
}

// "Wed 2 Dec 2026" over "06:20 UTC-05:00": a moment is printed with its time, always.
DossierText when(const Instant &instant)
{
    return T(keep(fmt::day(instant))).addLine(keep(fmt::time(instant)));
}

DossierText person(const QString &name, const QString &position)
{
    return T(name).addLine(position, T::Small);
}

// The entry's person, then everyone else on it and who was sent a copy.
DossierText withOthers(DossierText text, const DossierData::TimelineRow &entry)
{
    if (!entry.others.isEmpty())
        text.addLine(tr("with %1").arg(entry.others.join(QStringLiteral("; "))), T::Small);
    if (!entry.copied.isEmpty())
        text.addLine(tr("cc %1").arg(entry.copied.join(QStringLiteral("; "))), T::Small);
    return text;
}

QString period(const DossierData::Cover &c)
{
    if (!c.from.isValid() && !c.to.isValid())
        return tr("The whole case");
    if (c.from.isValid() && c.from == c.to)
        return tr("One day, %1").arg(keep(fmt::date(c.from)));
    return tr("From %1 to %2")
        .arg(c.from.isValid() ? keep(fmt::date(c.from)) : tr("the first entry"),
             c.to.isValid() ? keep(fmt::date(c.to)) : tr("the last entry"));
}

void cover(const DossierData &data, const QList<int> &pages, DossierFlow &flow)
{
    const auto &c = data.cover;
    DossierBlock label = paragraph(T(tr("Dated dossier")), 11);
    label.grey = true;
    flow.append(label);
    flow.append(heading(c.caseTitle, 1));
    QStringList organizations;
    for (const auto &organization : c.organizations) {
        QString line = organization.role.isEmpty()
                           ? organization.name
                           : organization.name + QStringLiteral(" \u2014 ") + organization.role;
        if (!organization.referredBy.isEmpty())
            line += QLatin1Char(' ') + tr("(referred by %1)").arg(organization.referredBy);
        organizations.append(line);
    }
    QList<DossierRow> rows{
        factRow(tr("Organizations involved"), T(organizations.join(QLatin1Char('\n')))),
        factRow(tr("Account / order / reference"), T(keep(c.reference))),
        factRow(tr("Opened"), T(keep(fmt::dateTime(c.openedAt)))),
        factRow(tr("Status"), T(c.status))};
    if (!c.outcome.isEmpty())
        rows.append(factRow(tr("Outcome"), T(c.outcome)));
    if (!c.outcomeLine.isEmpty())
        rows.append(factRow(tr("Closed with"), T(c.outcomeLine)));
    rows.append(factRow(tr("Desired outcome"), T(c.desiredOutcome)));
    rows.append(factRow(tr("Amount sought"), T(fmt::money(c.amountSoughtCents, c.currency))));
    rows.append(factRow(tr("Amount recovered"),
                        T(c.receivedText.isEmpty() ? fmt::money(c.amountRecoveredCents, c.currency)
                                                   : c.receivedText)));
    rows.append(factRow(tr("Period covered"), T(period(c))));
    if (!c.preparedBy.isEmpty())
        rows.append(factRow(tr("Prepared by"), T(c.preparedBy)));
    rows.append(factRow(tr("As of"), T(keep(fmt::dateTime(c.asOf)))));
    flow.append(factTable(std::move(rows), 10));

    QString note = tr("Times are printed in the time zone in which each contact was recorded. "
                      "Broken promises are marked BROKEN and service failures SERVICE FAILURE.");
    if (c.privateLeftOut > 0)
        note += QLatin1Char(' ') +
                tr("Entries the author marked private are not included: %1.").arg(c.privateLeftOut);
    flow.append(paragraph(T(note), 8.5, 6));

    // What the following pages hold, with counts, so a reader knows what to expect.
    const auto &s = data.summary;
    QList<DossierRow> items;
    const QStringList titles = DossierContent::sectionTitles(data);
    auto item = [&](const QString &text, const QString &section) {
        const int index = int(titles.indexOf(section));
        DossierCell page{T(index >= 0 && pages.value(index) > 0
                               ? tr("page %1").arg(pages.value(index))
                               : QString())};
        page.right = true;
        items.append(DossierRow{{{T(QStringLiteral("\u2022 ") + text)}, page}});
    };
    item(tr("Summary: what happened, in a few lines and in figures"), tr("Summary"));
    if (data.showEscalation && !data.escalation.isEmpty())
        item(tr("Escalation path: %1")
                 .arg(fmt::count(data.escalation.size(), tr("level"), tr("levels"))),
             tr("Escalation path"));
    if (!data.clocks.isEmpty())
        item(tr("Clocks: %1").arg(fmt::count(data.clocks.size(), tr("rule"), tr("rules"))),
             DossierClocks::title());
    if (!data.letters.isEmpty())
        item(tr("Letters sent: %1")
                 .arg(fmt::count(data.letters.size(), tr("letter"), tr("letters"))),
             DossierLetters::title());
    QString timeline =
        tr("Timeline: %1").arg(fmt::count(data.timeline.size(), tr("entry"), tr("entries")));
    if (!data.timeline.isEmpty()) {
        const QString first = keep(fmt::day(data.timeline.firstAt()));
        const QString last = keep(fmt::day(data.timeline.lastAt()));
        timeline += first == last ? tr(", on %1").arg(first) : tr(", %1 to %2").arg(first, last);
    }
    item(timeline, tr("Timeline"));
    item(data.commitments.isEmpty() ? tr("Commitments: none made in this period")
                                    : tr("Commitments: %1 (%2 broken, %3 kept, %4 pending)")
                                          .arg(data.commitments.size())
                                          .arg(s.broken)
                                          .arg(s.kept)
                                          .arg(s.pending),
         tr("Commitments"));
    if (data.showContacts && !data.contacts.isEmpty())
        item(tr("Appendix: %1 contacted")
                 .arg(fmt::count(data.contacts.size(), tr("person"), tr("people"))),
             tr("Appendix: people contacted"));
    flow.append(heading(tr("Contents"), 3));
    DossierTable contents;
    contents.widths = {86, 14};
    contents.pointSize = 9.5;
    contents.paddingPt = 1.5;
    contents.borders = false;
    contents.rowCount = int(items.size());
    contents.row = [items = std::move(items)](int i) { return items.at(i); };
    flow.append(table(std::move(contents)));
}

// A line of the narrative: its marker word, when it has one, in bold.
DossierText narrativeLine(const QString &line)
{
    for (const QString &marker : {tr("BROKEN:"), tr("SERVICE FAILURE")})
        if (line.startsWith(marker))
            return T(marker, T::Bold).add(keepDates(line.mid(marker.size())));
    return T(keepDates(line));
}

void summary(const DossierData &data, int section, DossierFlow &flow)
{
    const auto &s = data.summary;
    flow.append(heading(tr("Summary"), 2, section));
    flow.append(heading(tr("What happened"), 3));
    for (const auto &line : s.whatHappened) {
        DossierBlock bullet = paragraph(narrativeLine(line));
        bullet.kind = DossierBlock::Kind::Bullet;
        bullet.spaceAfterPt = 3;
        flow.append(bullet);
    }
    flow.append(heading(tr("In figures"), 3));
    QString promises =
        tr("%1 kept, %2 broken, %3 pending").arg(s.kept).arg(s.broken).arg(s.pending);
    if (s.overdue > 0)
        promises += tr(" (%1 overdue)").arg(s.overdue);
    if (s.withdrawn > 0)
        promises += tr(", %1 withdrawn").arg(s.withdrawn);
    flow.append(factTable(
        {factRow(tr("Contacts"), T(tr("%1 (calls, e-mails, letters, chats and visits) with %2")
                                       .arg(fmt::count(s.contacts, tr("contact"), tr("contacts")),
                                            fmt::count(s.people, tr("person"), tr("people"))))),
         factRow(tr("Time spent"), T(keep(fmt::duration(s.secondsSpent)))),
         factRow(tr("Time on hold"), T(keep(fmt::duration(s.secondsOnHold)))),
         factRow(tr("Commitments"), T(promises, s.broken > 0 ? T::Bold : T::Plain)),
         factRow(tr("Service failures"), T(QString::number(s.serviceFailures)))},
        8.5));
}

void escalation(const DossierData &data, int section, DossierFlow &flow)
{
    flow.append(heading(tr("Escalation path"), 2, section));
    DossierTable steps;
    steps.widths = {4, 18, 25, 19, 18, 16};
    steps.header =
        headerRow({tr("#"), tr("Level"), tr("Who"), tr("Status"), tr("Reached"), tr("Note")});
    steps.rowCount = int(data.escalation.size());
    steps.row = [&data](int i) {
        const auto &step = data.escalation.at(i);
        T status(escalationStatusLabel(step.status));
        if (step.status == EscalationStatus::Current)
            status = T(escalationStatusLabel(step.status) + QStringLiteral(" \u25C4"), T::Bold);
        // The moment it was done, to the minute: a regulator reads these dates.
        if (!step.doneAt.isNull() && step.status == EscalationStatus::Done)
            status.addLine(tr("done %1").arg(keep(fmt::day(step.doneAt))), T::Small)
                .addLine(keep(fmt::time(step.doneAt)), T::Small);
        T note;
        if (step.targetDate.isValid() && step.status == EscalationStatus::Planned)
            note.add(tr("Target %1").arg(keep(fmt::date(step.targetDate))));
        note.addLine(step.note);
        return DossierRow{
            {{T(QString::number(step.position))},
             {T(escalationLevelLabel(step.level))},
             {T(step.who)},
             {status},
             {!step.reachedAt.isNull()                   ? when(step.reachedAt)
              : step.status == EscalationStatus::Planned ? T(tr("not reached"))
                                                         : T(tr("date not recorded"))},
             {note}}};
    };
    flow.append(table(std::move(steps)));
}

void timeline(const DossierData &data, int section, DossierFlow &flow)
{
    flow.append(heading(tr("Timeline"), 2, section, true));
    // The rows in print order: a month's heading row, then each entry and its notes.
    struct Line
    {
        int entry;
        enum : quint8
        {
            Month,
            Entry,
            Notes
        } kind;
    };
    QList<Line> lines;
    lines.reserve(data.timeline.size() * 2);
    QDate month;
    const auto &marks = data.timeline.marks();
    for (int i = 0; i < marks.size(); ++i) {
        const QDate day = marks.at(i).day;
        if (QDate(day.year(), day.month(), 1) != month) {
            month = QDate(day.year(), day.month(), 1);
            lines.append({i, Line::Month});
        }
        lines.append({i, Line::Entry});
        if (marks.at(i).hasNotes)
            lines.append({i, Line::Notes});
    }
    DossierTable entries;
    // The entry number's column grows with its digits ("8017" must not wrap), from the summary.
    const int numberWidth = data.timeline.size() >= 10000  ? 7
                            : data.timeline.size() >= 1000 ? 6
                                                           : 4;
    entries.widths = {numberWidth, 17, 10, 18, 12, 32 - numberWidth, 11};
    entries.header = headerRow({tr("#"), tr("Date and time"), tr("Channel"), tr("Person"),
                                tr("Ref. no."), tr("Summary"), tr("Duration")});
    entries.rowCount = int(lines.size());
    entries.row = [&data, lines = std::move(lines)](int i) {
        const Line line = lines.at(i);
        if (line.kind == Line::Month) {
            DossierCell cell{T(fmt::monthYear(data.timeline.marks().at(line.entry).day), T::Bold)};
            cell.span = 7;
            return DossierRow{{cell}};
        }
        const auto entry = data.timeline.at(line.entry);
        if (line.kind == Line::Notes) {
            DossierCell notes{
                T(tr("Notes:"), T::Italic).add(QStringLiteral(" ")).add(entry.notes.trimmed())};
            notes.span = 6;
            return DossierRow{{{T()}, notes}};
        }
        T summary;
        if (entry.isPrivate)
            summary.add(tr("(private)"), T::Italic).add(QStringLiteral(" "));
        if (entry.serviceFailure)
            summary.add(tr("SERVICE FAILURE:") + QLatin1Char(' ') + entry.summary, T::Bold);
        else
            summary.add(entry.summary);
        summary.addLine(entry.letter, T::Small);
        summary.addLine(entry.exhibits, T::Small);
        summary.addLine(entry.edited, quint8(T::Small | T::Italic));
        T duration;
        if (entry.durationSeconds > 0)
            duration.add(keep(fmt::duration(entry.durationSeconds)));
        if (entry.holdSeconds > 0)
            duration.addLine(keep(tr("hold %1").arg(fmt::duration(entry.holdSeconds))), T::Small);
        DossierRow row{{{T(QString::number(entry.number))},
                        {when(entry.occurredAt)},
                        {T(entry.channel)},
                        {withOthers(person(entry.personName, entry.personPosition), entry)},
                        {T(keep(entry.reference))},
                        {summary},
                        {duration}}};
        row.shaded = entry.serviceFailure;
        return row;
    };
    flow.append(table(std::move(entries)));
}

DossierText commitmentStatus(const DossierData::CommitmentRow &c)
{
    T status;
    switch (c.status) {
    case CommitmentStatus::Broken:
        status.add(tr("BROKEN"), T::Bold);
        break;
    case CommitmentStatus::Kept:
        status.add(tr("Kept"));
        break;
    case CommitmentStatus::Withdrawn:
        status.add(tr("Withdrawn"));
        break;
    case CommitmentStatus::Pending:
        if (c.overdue)
            status.add(tr("OVERDUE"), T::Bold).add(QStringLiteral(" (") + tr("pending") + ')');
        else
            status.add(tr("Pending"));
        break;
    }
    if (!c.statusChangedAt.isNull())
        status.add(QLatin1Char(' ') + tr("since %1").arg(keep(fmt::day(c.statusChangedAt))));
    status.addLine(c.statusNote, T::Small);
    return status;
}

// A moment as day and time, as every other moment; a window, "within" or "by end of day" as
// the user gave it, with the year and zone.
DossierText due(const DueWindow &window)
{
    if (window.isNull())
        return T(tr("no date"));
    if (window.form == DueForm::Moment)
        return when(window.until);
    return T(DueText::of(window, DueText::Full));
}

DossierText byWhom(const DossierData::CommitmentRow &c)
{
    T text = person(c.madeBy, c.madeByPosition);
    if (!c.actor.isEmpty() && c.actor != c.madeBy)
        text.addLine(tr("%1 will act").arg(c.actor), T::Small);
    return text;
}

void commitments(const DossierData &data, int section, DossierFlow &flow)
{
    flow.append(heading(tr("Commitments"), 2, section));
    DossierTable promises;
    promises.widths = {26, 17, 17, 17, 23};
    promises.header =
        headerRow({tr("What was promised"), tr("By whom"), tr("Made"), tr("Due"), tr("Status")});
    promises.rowCount = int(data.commitments.size());
    promises.row = [&data](int i) {
        const auto &c = data.commitments.at(i);
        const bool stands = c.status == CommitmentStatus::Broken || c.overdue;
        T made = when(c.madeAt);
        if (c.entryNumber > 0)
            made.addLine(keep(tr("entry %1").arg(c.entryNumber)), T::Small);
        DossierRow row{{{T(c.what, stands ? T::Bold : T::Plain)},
                        {byWhom(c)},
                        {made},
                        {due(c.due)},
                        {commitmentStatus(c)}}};
        row.shaded = stands;
        return row;
    };
    flow.append(table(std::move(promises)));
}

void contacts(const DossierData &data, int section, DossierFlow &flow)
{
    flow.append(heading(tr("Appendix: people contacted"), 2, section, true));
    DossierTable people;
    people.widths = {24, 17, 20, 30, 9};
    people.header = headerRow({tr("Name and position"), tr("Organization"), tr("Reports to"),
                               tr("Direct line / e-mail"), tr("Entries")});
    people.rowCount = int(data.contacts.size());
    people.row = [&data](int i) {
        const auto &c = data.contacts.at(i);
        T reach(keep(c.directLine));
        reach.addLine(keep(c.extension), T::Small);
        reach.addLine(c.email);
        if (!c.isContact)
            reach.add(tr("not in the contacts"), T::Italic);
        return DossierRow{{{person(c.name, c.position)},
                           {T(c.organization).addLine(c.department, T::Small)},
                           {T(c.supervisor)},
                           {reach},
                           {T(QString::number(c.entries))}}};
    };
    flow.append(table(std::move(people)));
}

} // namespace

QString DossierContent::unbroken(const QString &text)
{
    QString result = text;
    result.replace(QLatin1Char(' '), QChar::Nbsp);
    return result;
}

DossierBlock DossierContent::heading(const QString &title, int level, int section, bool newPage)
{
    DossierBlock block;
    block.kind = DossierBlock::Kind::Heading;
    block.level = level;
    block.text = T(title, T::Bold);
    block.pointSize = level == 1 ? 20 : level == 2 ? 14 : 11;
    block.spaceBeforePt = level == 2 ? 10 : 8;
    block.spaceAfterPt = level == 2 ? 5 : 4;
    block.section = section;
    block.pageBreakBefore = newPage;
    return block;
}

DossierBlock DossierContent::table(DossierTable &&table)
{
    DossierBlock block;
    block.kind = DossierBlock::Kind::Table;
    block.spaceAfterPt = 6;
    block.table = std::make_shared<const DossierTable>(std::move(table));
    return block;
}

DossierRow DossierContent::headerRow(const QStringList &titles)
{
    DossierRow row;
    for (const auto &title : titles)
        row.cells.append({T(title, T::Bold)});
    row.shaded = true;
    return row;
}

QStringList DossierContent::sectionTitles(const DossierData &data)
{
    QStringList titles{tr("Summary")};
    if (data.showEscalation && !data.escalation.isEmpty())
        titles.append(tr("Escalation path"));
    if (!data.clocks.isEmpty())
        titles.append(DossierClocks::title());
    if (!data.letters.isEmpty())
        titles.append(DossierLetters::title());
    if (!data.timeline.isEmpty())
        titles.append(tr("Timeline"));
    if (!data.commitments.isEmpty())
        titles.append(tr("Commitments"));
    if (data.showContacts && !data.contacts.isEmpty())
        titles.append(tr("Appendix: people contacted"));
    if (!data.exhibits.isEmpty())
        titles.append(DossierExhibits::title());
    return titles;
}

DossierFlow DossierContent::build(const DossierData &data, const QList<int> &sectionPages)
{
    DossierFlow flow;
    const QStringList titles = sectionTitles(data);
    cover(data, sectionPages, flow);
    summary(data, int(titles.indexOf(tr("Summary"))), flow);
    if (titles.contains(tr("Escalation path")))
        escalation(data, int(titles.indexOf(tr("Escalation path"))), flow);
    if (titles.contains(DossierClocks::title()))
        DossierClocks::append(data.clocks, int(titles.indexOf(DossierClocks::title())), flow);
    if (titles.contains(DossierLetters::title()))
        DossierLetters::append(data.letters, int(titles.indexOf(DossierLetters::title())), flow);
    if (titles.contains(tr("Timeline")))
        timeline(data, int(titles.indexOf(tr("Timeline"))), flow);
    if (titles.contains(tr("Commitments")))
        commitments(data, int(titles.indexOf(tr("Commitments"))), flow);
    if (titles.contains(tr("Appendix: people contacted")))
        contacts(data, int(titles.indexOf(tr("Appendix: people contacted"))), flow);
    if (titles.contains(DossierExhibits::title()))
        data.exhibits.appendTo(flow, int(titles.indexOf(DossierExhibits::title())));
    return flow;
}

} // namespace leverage
