#include "core/ledger/IcsExporter.h"

#include "core/ledger/CommitmentDueness.h"
#include "core/ledger/DueText.h"
#include "core/ledger/LedgerLookup.h"
#include "core/services/Clock.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/DocumentFile.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QStringList>
#include <libical/ical.h>
#include <memory>

namespace leverage {
namespace {

struct ComponentFree
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentFree>;

constexpr int kAlarmBeforeSeconds = 15 * 60;

icaltimetype utcTime(qint64 utcMs)
{
    return icaltime_from_timet_with_zone(time_t(utcMs / 1000), 0, icaltimezone_get_utc_timezone());
}

void addText(icalcomponent *event, icalproperty *(*make)(const char *), const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    icalcomponent_add_property(event, make(utf8.constData()));
}

// The event's span: a window as given; a moment as half an hour from it; a deadline ("within
// 48 hours", "by end of day") as the half hour before it, so the event ends when it is due.
std::pair<qint64, qint64> eventSpan(const DueWindow &due)
{
    constexpr qint64 kHalfHourMs = 30 * 60 * 1000;
    switch (due.form) {
    case DueForm::Window:
        if (!due.from.isNull() && due.from.utcMs < due.until.utcMs)
            return {due.from.utcMs, due.until.utcMs};
        break;
    case DueForm::Moment:
        return {due.until.utcMs, due.until.utcMs + kHalfHourMs};
    case DueForm::Within:
    case DueForm::EndOfDay:
        break;
    }
    return {due.until.utcMs - kHalfHourMs, due.until.utcMs};
}

// A reminder shown a quarter of an hour before the event starts (before the window opens).
void addAlarm(icalcomponent *event, const QString &text)
{
    icalcomponent *alarm = icalcomponent_new_valarm();
    icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
    icaltriggertype trigger{};
    trigger.time = icaltime_null_time();
    trigger.duration = icaldurationtype_from_int(-kAlarmBeforeSeconds);
    icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
    addText(alarm, &icalproperty_new_description, text);
    icalcomponent_add_component(event, alarm);
}

icalcomponent *newEvent(const QString &uuid, int version, qint64 updatedMs, qint64 stampMs,
                        const DueWindow &due)
{
    icalcomponent *event = icalcomponent_new_vevent();
    addText(event, &icalproperty_new_uid, IcsExporter::uidFor(uuid));
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stampMs)));
    const auto [startMs, endMs] = eventSpan(due);
    icalcomponent_add_property(event, icalproperty_new_dtstart(utcTime(startMs)));
    icalcomponent_add_property(event, icalproperty_new_dtend(utcTime(endMs)));
    icalcomponent_add_property(event, icalproperty_new_sequence(version));
    if (updatedMs > 0)
        icalcomponent_add_property(event, icalproperty_new_lastmodified(utcTime(updatedMs)));
    return event;
}

} // namespace

Result<QByteArray> IcsExporter::build() const
{
    Result<QList<FollowUp>> followUps =
        m_withLedger ? m_workspace.followUps().open() : Result<QList<FollowUp>>(QList<FollowUp>());
    if (!followUps)
        return followUps.error();
    Result<QList<Commitment>> commitments = m_withLedger
                                                ? m_workspace.commitments().all()
                                                : Result<QList<Commitment>>(QList<Commitment>());
    if (!commitments)
        return commitments.error();

    const qint64 stampMs = m_workspace.clock().now().toMSecsSinceEpoch();
    LedgerLookup lookup(m_workspace);
    ComponentPtr calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(),
                               icalproperty_new_prodid("-//Leverage//Promise ledger//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));

    int events = 0;
    for (const auto &followUp : *followUps) {
        const auto due = CommitmentDueness::effectiveWindow(followUp);
        if (due.isNull())
            continue;
        icalcomponent *event = newEvent(followUp.meta.uuid, followUp.meta.version,
                                        followUp.meta.updatedAtMs, stampMs, due);
        addText(event, &icalproperty_new_summary, followUp.what);
        QStringList description{tr("Case: %1").arg(lookup.caseTitle(followUp.caseId))};
        if (followUp.contactId > 0)
            description << tr("With: %1").arg(lookup.contact(followUp.contactId).name);
        description << tr("Due: %1").arg(DueText::of(due, DueText::Full));
        if (!followUp.notes.isEmpty())
            description << followUp.notes;
        addText(event, &icalproperty_new_description, description.join(QLatin1Char('\n')));
        addText(event, &icalproperty_new_categories, tr("Follow-up"));
        icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CONFIRMED));
        addAlarm(event, followUp.what);
        icalcomponent_add_component(calendar.get(), event);
        ++events;
    }
    for (const auto &commitment : *commitments) {
        if (commitment.dueAt.isNull())
            continue;
        icalcomponent *event = newEvent(commitment.meta.uuid, commitment.meta.version,
                                        commitment.meta.updatedAtMs, stampMs, commitment.due());
        const QString who = lookup.madeBy(commitment);
        addText(event, &icalproperty_new_summary,
                who.isEmpty() ? tr("Promise due: %1").arg(commitment.what)
                              : tr("Promise due (%1): %2").arg(who, commitment.what));
        QStringList description{tr("Case: %1").arg(lookup.caseTitle(commitment.caseId)),
                                tr("Due: %1").arg(DueText::of(commitment.due(), DueText::Full)),
                                tr("Status: %1").arg(commitmentStatusLabel(commitment.status))};
        if (const QString actor = lookup.actor(commitment); !actor.isEmpty())
            description << tr("Who will act: %1").arg(actor);
        if (!commitment.statusNote.isEmpty())
            description << commitment.statusNote;
        addText(event, &icalproperty_new_description, description.join(QLatin1Char('\n')));
        addText(event, &icalproperty_new_categories, tr("Commitment"));
        icalcomponent_add_property(
            event, icalproperty_new_status(commitment.status == CommitmentStatus::Pending
                                               ? ICAL_STATUS_CONFIRMED
                                               : ICAL_STATUS_CANCELLED));
        if (commitment.status == CommitmentStatus::Pending)
            addAlarm(event, commitment.what);
        icalcomponent_add_component(calendar.get(), event);
        ++events;
    }

    for (const auto &day : m_dayEvents) {
        icalcomponent *event = icalcomponent_new_vevent();
        addText(event, &icalproperty_new_uid, day.uid);
        icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stampMs)));
        // A whole day: DTSTART and DTEND (the next day) as DATE values.
        auto dateOnly = [](const QDate &date) {
            icaltimetype value = icaltime_null_date();
            value.year = date.year();
            value.month = date.month();
            value.day = date.day();
            return value;
        };
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateOnly(day.date)));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateOnly(day.date.addDays(1))));
        icalcomponent_add_property(event, icalproperty_new_sequence(day.sequence));
        addText(event, &icalproperty_new_summary, day.summary);
        addText(event, &icalproperty_new_description, day.description);
        addText(event, &icalproperty_new_categories, day.category);
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_component(calendar.get(), event);
        ++events;
    }

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text) {
        logging::get("ledger")->error("ics: libical produced no text ({})",
                                      icalerror_strerror(icalerrno));
        return Error{Error::Code::Invalid,
                     tr("The calendar could not be written; the log has the details.")};
    }
    QByteArray bytes(text);
    icalmemory_free_buffer(text);
    logging::get("ledger")->info("ics: {} events, {} bytes", events, bytes.size());
    return bytes;
}

Status IcsExporter::writeFile(const QString &path) const
{
    auto bytes = build();
    if (!bytes)
        return bytes.status();
    return DocumentFile::save(path, *bytes, [&](const QString &reason) {
        return tr("The calendar could not be saved to %1: %2").arg(path, reason);
    });
}

} // namespace leverage
