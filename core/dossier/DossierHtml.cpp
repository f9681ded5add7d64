#include "core/dossier/DossierHtml.h"

#include "core/dossier/DossierFormat.h"

#include <QCoreApplication>

namespace leverage {
namespace {

namespace fmt = dossierformat;

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage", text);
}

QString esc(const QString &userText)
{
    return DossierHtml::text(userText);
}

// Markup written here, around text that is already escaped.
QString bold(const QString &html)
{
    return QStringLiteral("<b>") + html + QStringLiteral("</b>");
}

QString small(const QString &html)
{
    return QStringLiteral("<span style=\"font-size:7.5pt\">") + html + QStringLiteral("</span>");
}

// Thin (0.75 px) borders without border-collapse: adjacent cells' borders meet as one thin rule,
// and Qt lays out and paints such tables more than twice as fast as collapsed ones (measured
// with dossier_benchmark).
const QString kTable =
    QStringLiteral("<table width=\"100%\" border=\"0.75\" cellspacing=\"0\" cellpadding=\"4\" "
                   "style=\"border-color:#777777; border-style:solid; font-size:8.5pt\">");

const QString kCoverTable =
    QStringLiteral("<table width=\"100%\" border=\"0.75\" cellspacing=\"0\" cellpadding=\"5\" "
                   "style=\"border-color:#777777; border-style:solid; font-size:10pt\">");

QString headerRow(const QList<QPair<QString, int>> &columns)
{
    QString html = QStringLiteral("<thead><tr>");
    for (const auto &[title, width] : columns)
        html += QStringLiteral("<th width=\"%1%\" bgcolor=\"#e4e4e4\" align=\"left\">%2</th>")
                    .arg(width)
                    .arg(title.toHtmlEscaped());
    return html + QStringLiteral("</tr></thead>");
}

QString sectionTitle(const QString &title, bool newPage)
{
    return QStringLiteral("<h2 style=\"%1font-size:14pt; margin-top:12px; margin-bottom:6px\">%2"
                          "</h2>")
        .arg(newPage ? QStringLiteral("page-break-before:always; ") : QString(),
             title.toHtmlEscaped());
}

QString factRow(const QString &label, const QString &html)
{
    return QStringLiteral("<tr><td width=\"33%\" bgcolor=\"#f0f0f0\"><b>%1</b></td>"
                          "<td width=\"67%\">%2</td></tr>")
        .arg(label.toHtmlEscaped(), html);
}

QString personCell(const QString &name, const QString &position)
{
    QString html = esc(name);
    if (!position.isEmpty())
        html += (html.isEmpty() ? QString() : QStringLiteral("<br>")) + small(esc(position));
    return html;
}

// What the following pages hold, with counts, so a reader knows what to expect.
QString contents(const DossierData &data)
{
    const auto &s = data.summary;
    QStringList items{tr("Summary: what happened, in a few lines and in figures")};
    if (data.showEscalation)
        items.append(tr("Escalation path: %1")
                         .arg(fmt::count(data.escalation.size(), tr("level"), tr("levels"))));
    QString timeline =
        tr("Timeline: %1").arg(fmt::count(data.timeline.size(), tr("entry"), tr("entries")));
    if (!data.timeline.isEmpty())
        timeline += tr(", %1 to %2")
                        .arg(fmt::day(data.timeline.first().occurredAt),
                             fmt::day(data.timeline.last().occurredAt));
    items.append(timeline);
    items.append(tr("Commitments: %1 (%2 broken, %3 kept, %4 pending)")
                     .arg(data.commitments.size())
                     .arg(s.broken)
                     .arg(s.kept)
                     .arg(s.pending));
    if (data.showContacts)
        items.append(tr("Appendix: %1 contacted")
                         .arg(fmt::count(data.contacts.size(), tr("person"), tr("people"))));
    QString html = QStringLiteral("<h3 style=\"font-size:11pt; margin-top:18px\">%1</h3>"
                                  "<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                  "cellpadding=\"2\">")
                       .arg(tr("Contents").toHtmlEscaped());
    // The renderer draws each section's page in the empty cell once the pages are laid out.
    for (const auto &item : items)
        html += QStringLiteral("<tr><td width=\"86%\">&#8226; %1</td><td width=\"14%\"></td>"
                               "</tr>")
                    .arg(esc(item));
    return html + QStringLiteral("</table>");
}

// A line of the narrative: its marker word, when it has one, in bold.
QString narrativeLine(const QString &line)
{
    for (const QString &marker : {tr("BROKEN:"), tr("SERVICE FAILURE")})
        if (line.startsWith(marker))
            return bold(esc(marker)) + esc(line.mid(marker.size()));
    return esc(line);
}

QString cover(const DossierData &data)
{
    const auto &c = data.cover;
    QString html = QStringLiteral("<p style=\"font-size:11pt; color:#444444\">%1</p>"
                                  "<h1 style=\"font-size:20pt\">%2</h1>"
                                  "<p style=\"font-size:6pt\">&nbsp;</p>")
                       .arg(tr("Dated dossier").toHtmlEscaped(), esc(c.caseTitle));
    html += kCoverTable;
    QStringList organizations;
    for (const auto &organization : c.organizations)
        organizations.append(organization.role.isEmpty()
                                 ? esc(organization.name)
                                 : esc(organization.name) + QStringLiteral(" &#8212; ") +
                                       esc(organization.role));
    html += factRow(tr("Organizations involved"), organizations.join(QStringLiteral("<br>")));
    html += factRow(tr("Account / order / reference"), esc(c.reference));
    html += factRow(tr("Opened"), esc(fmt::dateTime(c.openedAt)));
    html += factRow(tr("Status"), esc(c.status));
    if (!c.outcome.isEmpty())
        html += factRow(tr("Outcome"), esc(c.outcome));
    html += factRow(tr("Desired outcome"), esc(c.desiredOutcome));
    html += factRow(tr("Amount sought"), esc(fmt::money(c.amountSoughtCents, c.currency)));
    html += factRow(tr("Amount recovered"), esc(fmt::money(c.amountRecoveredCents, c.currency)));
    QString period = tr("The whole case");
    if (c.from.isValid() || c.to.isValid())
        period = tr("From %1 to %2")
                     .arg(c.from.isValid() ? fmt::date(c.from) : tr("the first entry"),
                          c.to.isValid() ? fmt::date(c.to) : tr("the last entry"));
    html += factRow(tr("Period covered"), esc(period));
    if (!c.preparedBy.isEmpty())
        html += factRow(tr("Prepared by"), esc(c.preparedBy));
    html += factRow(tr("As of"), esc(fmt::dateTime(c.asOf)));
    html += QStringLiteral("</table>");

    QString note = tr("Times are printed in the time zone in which each contact was recorded. "
                      "Broken promises are marked BROKEN and service failures SERVICE FAILURE.");
    if (c.privateLeftOut > 0)
        note += QLatin1Char(' ') +
                tr("Entries the author marked private are not included: %1.").arg(c.privateLeftOut);
    html += QStringLiteral("<p style=\"margin-top:14px; font-size:8.5pt\">%1</p>").arg(esc(note));
    return html + contents(data);
}

QString summary(const DossierData &data)
{
    const auto &s = data.summary;
    QString html = sectionTitle(tr("Summary"), true);
    html += QStringLiteral("<h3 style=\"font-size:11pt\">%1</h3><ul>")
                .arg(tr("What happened").toHtmlEscaped());
    for (const auto &line : s.whatHappened)
        html += QStringLiteral("<li style=\"margin-bottom:4px\">%1</li>").arg(narrativeLine(line));
    html += QStringLiteral("</ul><h3 style=\"font-size:11pt\">%1</h3>")
                .arg(tr("In figures").toHtmlEscaped());
    html += kTable;
    html += factRow(tr("Contacts"), tr("%1 (calls, e-mails, letters, chats and visits) with %2")
                                        .arg(fmt::count(s.contacts, tr("contact"), tr("contacts")),
                                             fmt::count(s.people, tr("person"), tr("people"))));
    html += factRow(tr("Time spent"), esc(fmt::duration(s.secondsSpent)));
    html += factRow(tr("Time on hold"), esc(fmt::duration(s.secondsOnHold)));
    QString promises =
        tr("%1 kept, %2 broken, %3 pending").arg(s.kept).arg(s.broken).arg(s.pending);
    if (s.overdue > 0)
        promises += tr(" (%1 overdue)").arg(s.overdue);
    if (s.withdrawn > 0)
        promises += tr(", %1 withdrawn").arg(s.withdrawn);
    html += factRow(tr("Commitments"), s.broken > 0 ? bold(esc(promises)) : esc(promises));
    html += factRow(tr("Service failures"), esc(QString::number(s.serviceFailures)));
    html += QStringLiteral("</table>");
    return html;
}

QString escalation(const DossierData &data)
{
    QString html = sectionTitle(tr("Escalation path"), false);
    if (data.escalation.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No escalation path was planned."));
    html += kTable + headerRow({{tr("#"), 4},
                                {tr("Level"), 18},
                                {tr("Who"), 28},
                                {tr("Status"), 16},
                                {tr("Reached"), 18},
                                {tr("Note"), 16}});
    for (const auto &step : data.escalation) {
        QString status = esc(escalationStatusLabel(step.status));
        if (step.status == EscalationStatus::Current)
            status = bold(status + QStringLiteral(" &#9668;"));
        if (!step.doneAt.isNull() && step.status == EscalationStatus::Done)
            status += QStringLiteral("<br>") + small(esc(fmt::day(step.doneAt)));
        QString reached = step.reachedAt.isNull() ? tr("not reached") : fmt::day(step.reachedAt);
        QString note = esc(step.note);
        if (step.targetDate.isValid() && step.status == EscalationStatus::Planned)
            note = esc(tr("Target %1").arg(fmt::date(step.targetDate))) +
                   (note.isEmpty() ? QString() : QStringLiteral("<br>") + note);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td></tr>")
                    .arg(QString::number(step.position), esc(escalationLevelLabel(step.level)),
                         esc(step.who), status, esc(reached), note);
    }
    return html + QStringLiteral("</table>");
}

QString timelineHeader()
{
    return headerRow({{tr("#"), 4},
                      {tr("Date and time"), 17},
                      {tr("Channel"), 10},
                      {tr("Person"), 18},
                      {tr("Ref. no."), 12},
                      {tr("Summary"), 28},
                      {tr("Duration"), 11}});
}

QString timeline(const DossierData &data)
{
    QString html = sectionTitle(tr("Timeline"), true);
    if (data.timeline.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No entries in this period."));
    // One table per month (and per kMaxTableRows entries): a month heading helps the reader,
    // and Qt lays out and paints many short tables far faster than one long one.
    constexpr int kMaxTableRows = 40;
    QDate month;
    int rows = 0;
    for (const auto &entry : data.timeline) {
        const QDate day = entry.occurredAt.toDateTime().date();
        const QDate entryMonth(day.year(), day.month(), 1);
        if (entryMonth != month || rows == kMaxTableRows) {
            if (rows > 0)
                html += QStringLiteral("</table>");
            if (entryMonth != month)
                html += QStringLiteral("<h3 style=\"font-size:10.5pt; margin-top:10px; "
                                       "margin-bottom:4px\">%1</h3>")
                            .arg(esc(fmt::monthYear(day)));
            html += kTable + timelineHeader();
            month = entryMonth;
            rows = 0;
        }
        ++rows;
        QString summary = esc(entry.summary);
        if (entry.serviceFailure)
            summary = bold(tr("SERVICE FAILURE:") + QLatin1Char(' ') + summary);
        if (entry.isPrivate)
            summary = QStringLiteral("<i>%1</i> ").arg(tr("(private)")) + summary;
        QString duration;
        if (entry.durationSeconds > 0)
            duration = esc(fmt::duration(entry.durationSeconds));
        if (entry.holdSeconds > 0)
            duration += QStringLiteral("<br>") +
                        small(esc(tr("hold %1").arg(fmt::duration(entry.holdSeconds))));
        const QString background =
            entry.serviceFailure ? QStringLiteral(" bgcolor=\"#ececec\"") : QString();
        html += QStringLiteral("<tr%1><td>%2</td><td>%3<br>%4</td><td>%5</td><td>%6</td>"
                               "<td>%7</td><td>%8</td><td>%9</td></tr>")
                    .arg(background, QString::number(entry.number), esc(fmt::day(entry.occurredAt)),
                         esc(fmt::time(entry.occurredAt)), esc(entry.channel),
                         personCell(entry.personName, entry.personPosition), esc(entry.reference),
                         summary, duration);
        if (!entry.notes.trimmed().isEmpty())
            html += QStringLiteral("<tr><td></td><td colspan=\"6\" style=\"white-space:pre-wrap\">"
                                   "<i>%1</i> %2</td></tr>")
                        .arg(tr("Notes:"), esc(entry.notes.trimmed()));
    }
    return html + QStringLiteral("</table>");
}

QString commitments(const DossierData &data)
{
    QString html = sectionTitle(tr("Commitments"), true);
    if (data.commitments.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No commitments in this period."));
    html += kTable + headerRow({{tr("What was promised"), 26},
                                {tr("By whom"), 17},
                                {tr("Made"), 17},
                                {tr("Due"), 17},
                                {tr("Status"), 23}});
    for (const auto &c : data.commitments) {
        QString status;
        switch (c.status) {
        case CommitmentStatus::Broken:
            status = bold(tr("BROKEN"));
            break;
        case CommitmentStatus::Kept:
            status = esc(tr("Kept"));
            break;
        case CommitmentStatus::Withdrawn:
            status = esc(tr("Withdrawn"));
            break;
        case CommitmentStatus::Pending:
            status = c.overdue ? bold(tr("OVERDUE")) + QStringLiteral(" (") + tr("pending") +
                                     QLatin1Char(')')
                               : esc(tr("Pending"));
            break;
        }
        if (!c.statusChangedAt.isNull())
            status += QLatin1Char(' ') + esc(tr("since %1").arg(fmt::day(c.statusChangedAt)));
        if (!c.statusNote.isEmpty())
            status += QStringLiteral("<br>") + small(esc(c.statusNote));
        QString made = esc(fmt::day(c.madeAt));
        if (c.entryNumber > 0)
            made += QStringLiteral("<br>") + small(esc(tr("entry %1").arg(c.entryNumber)));
        const bool stands = c.status == CommitmentStatus::Broken || c.overdue;
        html += QStringLiteral("<tr%1><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td>"
                               "</tr>")
                    .arg(stands ? QStringLiteral(" bgcolor=\"#ececec\"") : QString(),
                         stands ? bold(esc(c.what)) : esc(c.what),
                         personCell(c.madeBy, c.madeByPosition), made,
                         c.dueAt.isNull() ? esc(tr("no date")) : esc(fmt::day(c.dueAt)), status);
    }
    return html + QStringLiteral("</table>");
}

QString contacts(const DossierData &data)
{
    QString html = sectionTitle(tr("Appendix: people contacted"), true);
    if (data.contacts.isEmpty())
        return html + QStringLiteral("<p>%1</p>").arg(tr("No contacts are recorded."));
    html += kTable + headerRow({{tr("Name and position"), 26},
                                {tr("Organization"), 18},
                                {tr("Reports to"), 22},
                                {tr("Direct line / e-mail"), 24},
                                {tr("Entries"), 10}});
    for (const auto &c : data.contacts) {
        QString organization = esc(c.organization);
        if (!c.department.isEmpty())
            organization += QStringLiteral("<br>") + small(esc(c.department));
        QStringList reach;
        if (!c.directLine.isEmpty())
            reach.append(esc(c.directLine));
        if (!c.extension.isEmpty())
            reach.append(small(esc(c.extension)));
        if (!c.email.isEmpty())
            reach.append(esc(c.email));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(personCell(c.name, c.position), organization, esc(c.supervisor),
                         reach.join(QStringLiteral("<br>")), QString::number(c.entries));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

QStringList DossierHtml::sectionTitles(const DossierData &data)
{
    QStringList titles{tr("Summary")};
    if (data.showEscalation)
        titles.append(tr("Escalation path"));
    titles << tr("Timeline") << tr("Commitments");
    if (data.showContacts)
        titles.append(tr("Appendix: people contacted"));
    return titles;
}

QString DossierHtml::text(const QString &userText)
{
    QString html = userText.toHtmlEscaped();
    html.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return html;
}

QString DossierHtml::build(const DossierData &data)
{
    QString html = QStringLiteral("<html><body style=\"font-size:9.5pt\">");
    html += cover(data);
    html += summary(data);
    if (data.showEscalation)
        html += escalation(data);
    html += timeline(data);
    html += commitments(data);
    if (data.showContacts)
        html += contacts(data);
    return html + QStringLiteral("</body></html>");
}

} // namespace leverage
