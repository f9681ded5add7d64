#include "ui/models/undo/SaveEntryCommand.h"

#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/undo/ConflictResolution.h"
#include "ui/models/undo/EntityTraits.h"
#include "ui/models/undo/InOneWrite.h"
#include "ui/models/undo/RowContent.h"

namespace leverage::models {

SaveEntryCommand::SaveEntryCommand(Workspace &workspace, TimelineEntry entry,
                                   QList<EntryParticipant> people,
                                   std::optional<Contact> newContact)
    : UndoCommand(entry.meta.isStored() ? EntityTraits<TimelineEntry>::editText()
                                        : EntityTraits<TimelineEntry>::addText()),
      m_workspace(workspace), m_entry(std::move(entry)), m_people(std::move(people)),
      m_newContact(std::move(newContact)), m_added(!m_entry.meta.isStored())
{
}

Status SaveEntryCommand::firstRedo()
{
    TimelineEntry entry = m_entry;
    std::optional<Contact> contact = m_newContact;
    if (contact) {
        if (auto status = m_workspace.contacts().add(*contact); !status)
            return status;
        entry.contactId = contact->meta.id;
    }
    if (m_added) {
        if (auto status = m_workspace.timeline().add(entry); !status)
            return status;
    } else {
        auto stored = m_workspace.timeline().get(entry.meta.id);
        if (!stored)
            return stored.status();
        auto people = m_workspace.timeline().participants(entry.meta.id);
        if (!people)
            return people.status();
        EntityTraits<TimelineEntry>::keepDerived(entry, *stored);
        if (auto status = saveOrResolve(m_workspace, entry, *stored, text()); !status)
            return status;
        m_entryBefore = *stored;
        m_peopleBefore = *people;
    }
    if (auto status = m_workspace.timeline().setParticipants(entry.meta.id, m_people); !status)
        return status;
    m_entry = entry;
    m_newContact = contact;
    m_done = true;
    return {};
}

Status SaveEntryCommand::doRedo()
{
    if (!m_done)
        return inOneWrite(
            m_workspace, [this] { return firstRedo(); }, [] {});
    return inOneWrite(
        m_workspace,
        [this]() -> Status {
            if (m_removedContact)
                if (auto status = m_removedContact->restore(m_workspace); !status)
                    return status;
            // An added entry's snapshot holds it with its people as they were when undone.
            if (m_added)
                return m_removedEntry->restore(m_workspace);
            if (auto status = writeRowContent(m_workspace, m_entry); !status)
                return status;
            return m_workspace.timeline().setParticipants(m_entry.meta.id, m_people);
        },
        [this] {
            m_removedContact.reset();
            m_removedEntry.reset();
        });
}

Status SaveEntryCommand::doUndo()
{
    std::optional<RemovalSnapshot> removedEntry;
    std::optional<RemovalSnapshot> removedContact;
    return inOneWrite(
        m_workspace,
        [&]() -> Status {
            if (m_added) {
                auto taken = RemovalSnapshot::take(m_workspace, RemovalSnapshot::Kind::Entry,
                                                   m_entry.meta.id);
                if (!taken)
                    return taken.status();
                removedEntry = std::move(*taken);
            } else {
                if (auto status =
                        m_workspace.timeline().setParticipants(m_entry.meta.id, m_peopleBefore);
                    !status)
                    return status;
                if (auto status = writeRowContent(m_workspace, *m_entryBefore); !status)
                    return status;
            }
            // The contact last: the entry that named it is already back as it was.
            if (m_newContact) {
                auto taken = RemovalSnapshot::take(m_workspace, RemovalSnapshot::Kind::Contact,
                                                   m_newContact->meta.id);
                if (!taken)
                    return taken.status();
                removedContact = std::move(*taken);
            }
            return {};
        },
        [&] {
            m_removedEntry = std::move(removedEntry);
            m_removedContact = std::move(removedContact);
        });
}

} // namespace leverage::models
