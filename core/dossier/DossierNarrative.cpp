#include "core/dossier/DossierNarrative.h"

#include "core/dossier/DossierFormat.h"
#include "core/util/Translate.h"

namespace leverage {
namespace {

namespace fmt = dossierformat;

constexpr int kMostItems = 3; // a summary page, not a second timeline

QString who(const QString &name, const QString &position)
{
    if (name.isEmpty())
        return position.isEmpty() ? tr("someone") : position;
    return position.isEmpty() ? name : name + QStringLiteral(" (") + position + QLatin1Char(')');
}

} // namespace

QStringList DossierNarrative::whatHappened(const DossierData &data)
{
    QStringList lines;
    const auto &cover = data.cover;
    const auto &summary = data.summary;

    QString opened =
        tr("Opened %1 with %2").arg(fmt::day(cover.openedAt), cover.organizations.value(0).name);
    if (!cover.reference.isEmpty())
        opened += tr(" (reference %1)").arg(cover.reference);
    if (!cover.desiredOutcome.isEmpty())
        opened += tr(", asking for: %1").arg(cover.desiredOutcome);
    lines.append(opened + QLatin1Char('.'));

    if (!data.timeline.isEmpty()) {
        const QString first = fmt::day(data.timeline.firstAt());
        const QString last = fmt::day(data.timeline.lastAt());
        // One day reads as one day, not "between Thu 3 Sep 2026 and Thu 3 Sep 2026".
        const QString when =
            first == last ? tr("on %1").arg(first) : tr("between %1 and %2").arg(first, last);
        lines.append(tr("%1 with %2 %3: %4 spent, %5 of it on hold.")
                         .arg(fmt::count(summary.contacts, tr("contact"), tr("contacts")),
                              fmt::count(summary.people, tr("person"), tr("people")), when,
                              fmt::duration(summary.secondsSpent),
                              fmt::duration(summary.secondsOnHold)));
    }

    int broken = 0;
    for (const auto &commitment : data.commitments) {
        if (commitment.status != CommitmentStatus::Broken || broken++ >= kMostItems)
            continue;
        QString line = tr("BROKEN: on %1 %2 promised to \"%3\".")
                           .arg(fmt::day(commitment.madeAt),
                                who(commitment.madeBy, commitment.madeByPosition), commitment.what);
        if (!commitment.statusNote.isEmpty())
            line += QLatin1Char(' ') + commitment.statusNote;
        lines.append(line);
    }
    if (broken > kMostItems)
        lines.append(
            tr("More broken promises are listed under Commitments: %1.").arg(broken - kMostItems));

    const int failures = data.timeline.failures();
    for (const auto &entry : data.timeline.firstFailures().mid(0, kMostItems)) {
        lines.append(tr("SERVICE FAILURE on %1 (entry %2), %3: %4")
                         .arg(fmt::day(entry.occurredAt))
                         .arg(entry.number)
                         .arg(who(entry.personName, entry.personPosition), entry.summary));
    }
    if (failures > kMostItems)
        lines.append(
            tr("More service failures are marked in the timeline: %1.").arg(failures - kMostItems));

    const DossierData::EscalationRow *highest = nullptr;
    for (const auto &step : data.escalation)
        if (step.status == EscalationStatus::Done || step.status == EscalationStatus::Current)
            highest = &step;
    if (highest) {
        QString line = tr("Highest level reached: %1").arg(escalationLevelLabel(highest->level));
        if (!highest->who.isEmpty())
            line += QStringLiteral(", ") + highest->who;
        if (!highest->reachedAt.isNull())
            line += tr(", on %1").arg(fmt::day(highest->reachedAt));
        lines.append(line + QLatin1Char('.'));
    }

    QString status = tr("Status: %1.").arg(cover.status);
    if (!cover.outcome.isEmpty())
        status += tr(" Outcome: %1.").arg(cover.outcome);
    // The recorded outcome says what was received per currency; the case's single
    // "recovered" amount only when there is none.
    if (!cover.outcomeLine.isEmpty())
        status += tr(" Closed with: %1.").arg(cover.outcomeLine);
    else if (cover.amountSoughtCents > 0 || cover.amountRecoveredCents > 0)
        status += tr(" Recovered %1 of %2 sought.")
                      .arg(fmt::money(cover.amountRecoveredCents, cover.currency),
                           fmt::money(cover.amountSoughtCents, cover.currency));
    // What it cost the person, in one sentence (issue 22's time and trouble).
    if (!cover.troubleLine.isEmpty())
        status += QLatin1Char(' ') + cover.troubleLine;
    lines.append(status);
    return lines;
}

} // namespace leverage
