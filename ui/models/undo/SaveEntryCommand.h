#pragma once

#include "core/domain/Contact.h"
#include "core/domain/TimelineEntry.h"
#include "core/services/RemovalSnapshot.h"
#include "core/store/TimelineRepository.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// An entry as the entry form saves it, in one write and one undo step: the entry (new or
// edited), everyone else on it (participants and copies), and the person typed by name made a
// contact when asked (the entry then names that contact). Undo takes back all three.
class SaveEntryCommand final : public UndoCommand
{
public:
    SaveEntryCommand(Workspace &workspace, TimelineEntry entry, QList<EntryParticipant> people,
                     std::optional<Contact> newContact);

    // The stored entry and new contact, ids filled in, after the first redo.
    const TimelineEntry &entry() const { return m_entry; }
    const std::optional<Contact> &newContact() const { return m_newContact; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status firstRedo();

    Workspace &m_workspace;
    TimelineEntry m_entry;
    QList<EntryParticipant> m_people;
    std::optional<Contact> m_newContact;
    bool m_added = false;
    bool m_done = false;
    // An edit: the entry and its people before.
    std::optional<TimelineEntry> m_entryBefore;
    QList<EntryParticipant> m_peopleBefore;
    // After an undo: what was taken away, put back by the next redo with the same ids.
    std::optional<RemovalSnapshot> m_removedEntry;
    std::optional<RemovalSnapshot> m_removedContact;
};

} // namespace leverage::models
