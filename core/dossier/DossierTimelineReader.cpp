#include "core/dossier/DossierTimelineReader.h"

#include "core/domain/Channel.h"
#include "core/dossier/DossierFormat.h"
#include "core/dossier/DossierNames.h"
#include "core/store/EntryHistory.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage {
namespace {

// Under an entry changed after it was first written: the record says so, and when.
QString editedLine(int count, const Instant &last)
{
    const QString times = count == 1
                              ? QCoreApplication::translate("leverage", "once")
                              : QCoreApplication::translate("leverage", "%1 times").arg(count);
    return QCoreApplication::translate("leverage", "Edited after it was recorded (%1), last on "
                                                   "%2; every earlier version is sealed in the "
                                                   "record.")
        .arg(times, dossierformat::dateTime(last));
}

} // namespace

DossierTimelineReader::DossierTimelineReader(Workspace &workspace, RowId caseId,
                                             DossierOptions options,
                                             std::shared_ptr<DossierNames> names)
    : m_workspace(workspace), m_caseId(caseId), m_options(std::move(options)),
      m_names(std::move(names))
{
}

Result<DossierTimelineReader::Chunk> DossierTimelineReader::read(const Position &from, int count,
                                                                 int firstNumber,
                                                                 const EntryRead &entryRead,
                                                                 const PersonMet &personMet) const
{
    Chunk chunk;
    chunk.end = from;
    auto &timeline = m_workspace.timeline();
    while (chunk.rows.size() < count) {
        // A page as large as the rows still wanted: entries out of range cost another page.
        const int wanted = count - int(chunk.rows.size());
        auto page = timeline.pageAfter(m_caseId, chunk.end.utcMs, chunk.end.id, wanted);
        if (!page)
            return page.error();
        QList<const TimelineEntry *> printed;
        QList<RowId> printedIds;
        for (const auto &entry : std::as_const(*page)) {
            chunk.end = {entry.occurredAt.utcMs, entry.meta.id};
            if (!m_options.covers(entry.occurredAt.toDateTime().date()))
                continue;
            if (entry.isPrivate && !m_options.includePrivate) {
                ++chunk.privateLeftOut;
                continue;
            }
            printed.append(&entry);
            printedIds.append(entry.meta.id);
        }
        auto participants = timeline.participantsOf(printedIds);
        if (!participants)
            return participants.error();
        auto edits = EntryHistory::editsOf(m_workspace, printedIds);
        if (!edits)
            return edits.error();
        for (const TimelineEntry *entry : std::as_const(printed)) {
            DossierTimelineRow row;
            row.number = firstNumber + int(chunk.rows.size());
            row.occurredAt = entry->occurredAt;
            row.channel = channelLabel(entry->channel);
            row.personName = entry->personName;
            row.personPosition = entry->personPosition;
            row.reference = entry->referenceNumber;
            row.summary = entry->summary;
            row.notes = dossierformat::withoutEmptyStamps(entry->notes);
            row.durationSeconds = entry->durationSeconds;
            row.holdSeconds = entry->holdSeconds;
            row.serviceFailure = entry->serviceFailure;
            row.isPrivate = entry->isPrivate;
            row.letter = m_letterLines.value(entry->meta.id);
            row.exhibits = m_exhibitLines.value(entry->meta.id);
            if (const auto edited = edits->value(entry->meta.id); edited.count > 0)
                row.edited = editedLine(edited.count, edited.last);
            if (personMet)
                personMet(entry->contactId, entry->personName, entry->personPosition);
            for (const auto &other : participants->value(entry->meta.id)) {
                const auto *contact = m_names->contact(other.contactId);
                const QString name = other.name.isEmpty() && contact ? contact->name : other.name;
                (other.cc ? row.copied : row.others)
                    << DossierNames::personAndPosition(name, other.position);
                if (personMet)
                    personMet(other.contactId, name, other.position);
            }
            if (entryRead)
                entryRead(*entry, row);
            chunk.rows.append(std::move(row));
        }
        if (page->size() < wanted) {
            chunk.finished = true;
            break;
        }
    }
    return chunk;
}

} // namespace leverage
