#include "core/store/TimelineRepository.h"

#include "core/store/CaseRepository.h"

#include <QHash>

namespace leverage {
namespace {

TableMapping<TimelineEntry> timelineMapping()
{
    TableMapping<TimelineEntry> m(QStringLiteral("timeline_entries"));
    m.link(QStringLiteral("case_id"), &TimelineEntry::caseId)
        .enumeration(QStringLiteral("channel"), &TimelineEntry::channel, &channelKey,
                     &channelFromKey)
        .instant(QStringLiteral("occurred"), &TimelineEntry::occurredAt)
        .integer(QStringLiteral("duration_seconds"), &TimelineEntry::durationSeconds)
        .integer(QStringLiteral("hold_seconds"), &TimelineEntry::holdSeconds)
        .link(QStringLiteral("contact_id"), &TimelineEntry::contactId)
        .text(QStringLiteral("person_name"), &TimelineEntry::personName)
        .text(QStringLiteral("person_position"), &TimelineEntry::personPosition)
        .text(QStringLiteral("reference_number"), &TimelineEntry::referenceNumber)
        .text(QStringLiteral("summary"), &TimelineEntry::summary)
        .text(QStringLiteral("notes"), &TimelineEntry::notes)
        .optionalInteger(QStringLiteral("effort"), &TimelineEntry::effort)
        .optionalInteger(QStringLiteral("helpfulness"), &TimelineEntry::helpfulness)
        .boolean(QStringLiteral("service_failure"), &TimelineEntry::serviceFailure)
        .boolean(QStringLiteral("is_private"), &TimelineEntry::isPrivate);
    return m;
}

QString order(bool newestFirst)
{
    return newestFirst ? QStringLiteral(" ORDER BY occurred_at DESC, id DESC")
                       : QStringLiteral(" ORDER BY occurred_at ASC, id ASC");
}

} // namespace

TimelineRepository::TimelineRepository(Workspace &workspace)
    : Repository(workspace, timelineMapping(),
                 {[&workspace](const TimelineEntry &e) {
                      Q_EMIT workspace.entryAdded(e.caseId, e.meta.id);
                  },
                  [&workspace](const TimelineEntry &e) {
                      Q_EMIT workspace.entryChanged(e.caseId, e.meta.id);
                  },
                  [&workspace](const TimelineEntry &e) {
                      Q_EMIT workspace.entryRemoved(e.caseId, e.meta.id);
                  }},
                 /*sealed=*/true)
{
}

Result<QList<TimelineEntry>> TimelineRepository::page(RowId caseId, bool newestFirst, int offset,
                                                      int limit, qint64 untilUtcMs) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case AND occurred_at <= :until") +
                              order(newestFirst) + QStringLiteral(" LIMIT :limit OFFSET :offset"),
                          {{QStringLiteral(":case"), caseId},
                           {QStringLiteral(":until"), untilUtcMs},
                           {QStringLiteral(":limit"), limit},
                           {QStringLiteral(":offset"), offset}});
}

Result<QList<TimelineEntry>> TimelineRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case") + order(false),
                          {{QStringLiteral(":case"), caseId}});
}

Result<QList<TimelineEntry>> TimelineRepository::pageAfter(RowId caseId, qint64 afterUtcMs,
                                                           RowId afterId, int limit) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case AND (occurred_at > :at OR "
                                         "(occurred_at = :at2 AND id > :id))") +
                              order(false) + QStringLiteral(" LIMIT :limit"),
                          {{QStringLiteral(":case"), caseId},
                           {QStringLiteral(":at"), afterUtcMs},
                           {QStringLiteral(":at2"), afterUtcMs},
                           {QStringLiteral(":id"), afterId},
                           {QStringLiteral(":limit"), limit}});
}

Result<QList<TimelineEntry>> TimelineRepository::forContact(RowId contactId) const
{
    return m_table.select(QStringLiteral("WHERE contact_id = :contact OR id IN (SELECT entry_id "
                                         "FROM entry_participants WHERE contact_id = :contact)") +
                              order(true),
                          {{QStringLiteral(":contact"), contactId}});
}

Result<qint64> TimelineRepository::count(RowId caseId, qint64 untilUtcMs) const
{
    return m_table.count(
        QStringLiteral("WHERE case_id = :case AND occurred_at <= :until"),
        {{QStringLiteral(":case"), caseId}, {QStringLiteral(":until"), untilUtcMs}});
}

Result<qint64> TimelineRepository::countAll() const
{
    return m_table.count({});
}

Result<qint64> TimelineRepository::rowOf(RowId caseId, RowId entryId, bool newestFirst) const
{
    auto entry = m_table.get(entryId);
    if (!entry)
        return entry.error();
    const auto before = newestFirst ? QStringLiteral(">") : QStringLiteral("<");
    return m_table.count(QStringLiteral("WHERE case_id = :case AND (occurred_at ") + before +
                             QStringLiteral(" :at OR (occurred_at = :at AND id ") + before +
                             QStringLiteral(" :id))"),
                         {{QStringLiteral(":case"), caseId},
                          {QStringLiteral(":at"), entry->occurredAt.utcMs},
                          {QStringLiteral(":id"), entryId}});
}

Result<QList<EntryParticipant>> TimelineRepository::participants(RowId entryId) const
{
    auto rows = participantsOf({entryId});
    if (!rows)
        return rows.error();
    return rows->value(entryId);
}

Result<QHash<RowId, QList<EntryParticipant>>>
TimelineRepository::participantsOf(const QList<RowId> &entryIds) const
{
    QHash<RowId, QList<EntryParticipant>> rows;
    if (entryIds.isEmpty())
        return rows;
    QStringList placeholders;
    for (int i = 0; i < entryIds.size(); ++i)
        placeholders << QStringLiteral(":e%1").arg(i);
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT entry_id, contact_id, name, position, joined_at, "
                                       "helpfulness, role FROM entry_participants WHERE entry_id "
                                       "IN (") +
                            placeholders.join(QStringLiteral(", ")) +
                            QStringLiteral(") ORDER BY entry_id, joined_at, id"));
    for (int i = 0; i < entryIds.size(); ++i)
        statement.bind(placeholders.at(i), entryIds.at(i));
    if (auto status = statement.exec(); !status)
        return status.error();
    while (statement.next()) {
        EntryParticipant p;
        p.contactId = statement.value(1).toLongLong();
        p.name = statement.value(2).toString();
        p.position = statement.value(3).toString();
        if (!statement.value(4).isNull())
            p.joinedAt = Instant::fromUtcMs(statement.value(4).toLongLong(), 0);
        if (!statement.value(5).isNull())
            p.helpfulness = statement.value(5).toInt();
        p.cc = statement.value(6).toString() == QLatin1String("cc");
        rows[statement.value(0).toLongLong()].append(p);
    }
    return rows;
}

Status TimelineRepository::setParticipants(RowId entryId,
                                           const QList<EntryParticipant> &participants)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement clear(m_workspace.database(),
                    QStringLiteral("DELETE FROM entry_participants WHERE entry_id = :entry"));
    clear.bind(QStringLiteral(":entry"), entryId);
    if (auto status = clear.exec(); !status)
        return status;
    for (const auto &p : participants) {
        Statement insert(m_workspace.database(),
                         QStringLiteral("INSERT INTO entry_participants (entry_id, contact_id, "
                                        "name, position, joined_at, helpfulness, role) VALUES "
                                        "(:entry, :contact, :name, :position, :joined, "
                                        ":helpfulness, :role)"));
        insert.bind(QStringLiteral(":entry"), entryId)
            .bind(QStringLiteral(":contact"),
                  p.contactId > 0 ? QVariant(p.contactId) : QVariant(QMetaType::fromType<qint64>()))
            .bind(QStringLiteral(":name"), p.name.isNull() ? QStringLiteral("") : p.name)
            .bind(QStringLiteral(":position"),
                  p.position.isNull() ? QStringLiteral("") : p.position)
            .bind(QStringLiteral(":joined"), p.joinedAt.isNull()
                                                 ? QVariant(QMetaType::fromType<qint64>())
                                                 : QVariant(p.joinedAt.utcMs))
            .bind(QStringLiteral(":helpfulness"),
                  p.helpfulness ? QVariant(*p.helpfulness) : QVariant(QMetaType::fromType<int>()))
            .bind(QStringLiteral(":role"),
                  p.cc ? QStringLiteral("cc") : QStringLiteral("participant"));
        if (auto status = insert.exec(); !status)
            return status;
    }
    // The timeline shows who took part: its row changes with them.
    if (auto entry = m_table.get(entryId)) {
        const auto value = *entry;
        notify(m_notifiers.changed, value);
    }
    return transaction.commit();
}

Status TimelineRepository::validate(const TimelineEntry &entry) const
{
    if (entry.caseId <= 0 || entry.occurredAt.isNull())
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "An entry needs a case and a date.")};
    if (entry.durationSeconds < 0 || entry.holdSeconds < 0 ||
        (entry.durationSeconds > 0 && entry.holdSeconds > entry.durationSeconds))
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage", "Time on hold cannot be negative or "
                                                             "longer than the call.")};
    return {};
}

Status TimelineRepository::afterWrite(const TimelineEntry &entry)
{
    return m_workspace.cases().refreshLastActivity(entry.caseId);
}

Status TimelineRepository::afterBulkInsert(const QList<TimelineEntry> &entries)
{
    // The newest new entry per case, then one cheap conditional update per case: a bulk load
    // must not rescan each case's timeline.
    QHash<RowId, Instant> newest;
    for (const auto &entry : entries) {
        auto it = newest.find(entry.caseId);
        if (it == newest.end() || it->utcMs < entry.occurredAt.utcMs)
            newest.insert(entry.caseId, entry.occurredAt);
    }
    return m_workspace.cases().raiseLastActivity(newest);
}

Status TimelineRepository::afterMove(const TimelineEntry &before, const TimelineEntry &after)
{
    if (before.caseId == after.caseId)
        return {};
    return m_workspace.cases().refreshLastActivity(before.caseId);
}

} // namespace leverage
