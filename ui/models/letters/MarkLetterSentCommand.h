#pragma once

#include "core/domain/FollowUp.h"
#include "core/domain/TimelineEntry.h"
#include "core/letters/Letter.h"
#include "ui/models/undo/UndoCommand.h"

#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::models {

// Marks a letter sent, in one write: the letter becomes a timeline entry of its case (a
// letter or an e-mail, its full text as the note, the addressee as the person) and a
// follow-up is set at its deadline ("No answer by 16 March 2026 → escalate to …"). Undo takes
// both away and makes the letter a draft again; redo puts back the same entry and follow-up.
class MarkLetterSentCommand final : public UndoCommand
{
public:
    struct Sending
    {
        RowId letterId = 0;
        Instant sentAt;
        LetterChannel channel = LetterChannel::Post;
        QString trackingNumber;
    };

    MarkLetterSentCommand(Workspace &workspace, Sending sending);

    // The entry and follow-up written (ids filled in after the first redo).
    const TimelineEntry &entry() const { return m_entry; }
    const FollowUp &followUp() const { return m_followUp; }

protected:
    Status doRedo() override;
    Status doUndo() override;

private:
    Status prepare(const Letter &letter);

    Workspace &m_workspace;
    Sending m_sending;
    std::optional<Letter> m_before;
    TimelineEntry m_entry;
    FollowUp m_followUp;
};

} // namespace leverage::models
