#include "ui/models/letters/MarkLetterSentCommand.h"

#include "core/letters/LetterContext.h"
#include "core/letters/LetterDocument.h"
#include "core/letters/LetterFactsReader.h"
#include "core/store/ContactRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Translate.h"
#include "ui/models/undo/InOneWrite.h"

namespace leverage::models {
MarkLetterSentCommand::MarkLetterSentCommand(Workspace &workspace, Sending sending)
    : UndoCommand(tr("Mark letter as sent")), m_workspace(workspace), m_sending(std::move(sending))
{
}

// The entry and follow-up as they will be written, from the letter as stored now.
Status MarkLetterSentCommand::prepare(const Letter &letter)
{
    m_entry = {};
    m_entry.caseId = letter.caseId;
    m_entry.channel = m_sending.channel == LetterChannel::Email ? Channel::Email : Channel::Letter;
    m_entry.occurredAt = m_sending.sentAt;
    m_entry.contactId = letter.contactId;
    m_entry.referenceNumber = m_sending.trackingNumber;
    m_entry.summary = tr("%1 sent (%2): %3")
                          .arg(letterKindLabel(letter.kind),
                               letterChannelLabel(m_sending.channel).toLower(), letter.subject);
    m_entry.notes = LetterDocument::plainText(letter.body);
    if (letter.contactId > 0) {
        auto contact = m_workspace.contacts().get(letter.contactId);
        if (!contact)
            return contact.status();
        m_entry.personName = contact->name;
        m_entry.personPosition = contact->position;
    }

    m_followUp = {};
    if (letter.deadline.isNull())
        return {}; // a letter that asks for no answer (a thank-you) leaves nothing to chase
    m_followUp.caseId = letter.caseId;
    m_followUp.contactId = letter.contactId;
    auto next = LetterFactsReader(m_workspace).nextLevel(letter.caseId);
    if (!next)
        return next.status();
    const QString by = letterDate(letter.deadline.toDateTime().date());
    m_followUp.what = next->isEmpty() ? tr("No answer by %1 → follow up").arg(by)
                                      : tr("No answer by %1 → escalate to %2").arg(by, *next);
    m_followUp.dueAt = letter.deadline;
    return {};
}

Status MarkLetterSentCommand::doRedo()
{
    std::optional<Letter> before;
    return inOneWrite(
        m_workspace,
        [&]() -> Status {
            LetterRepository letters(m_workspace);
            auto stored = letters.get(m_sending.letterId);
            if (!stored)
                return stored.status();
            if (!m_before) {
                if (stored->isSent())
                    return Error{Error::Code::Invalid,
                                 tr("This letter was already marked as sent.")};
                if (auto status = prepare(*stored); !status)
                    return status;
            }
            // Ids kept from the first time: a redo restores the very same rows.
            if (auto status = m_workspace.timeline().add(m_entry); !status)
                return status;
            if (m_followUp.caseId > 0)
                if (auto status = m_workspace.followUps().add(m_followUp); !status)
                    return status;
            Letter sent = *stored;
            sent.state = LetterState::Sent;
            sent.sentAt = m_sending.sentAt;
            sent.channel = m_sending.channel;
            sent.trackingNumber = m_sending.trackingNumber;
            sent.entryId = m_entry.meta.id;
            sent.followUpId = m_followUp.meta.id;
            before = *stored;
            return letters.update(sent);
        },
        [&] {
            if (!m_before)
                m_before = before;
        });
}

Status MarkLetterSentCommand::doUndo()
{
    return inOneWrite(
        m_workspace,
        [this]() -> Status {
            LetterRepository letters(m_workspace);
            auto stored = letters.get(m_sending.letterId);
            if (!stored)
                return stored.status();
            Letter draft = *m_before;
            draft.meta = stored->meta;
            draft.subject = stored->subject; // the text as it is now (it may not change once sent)
            draft.body = stored->body;
            if (auto status = letters.update(draft); !status)
                return status;
            if (m_followUp.meta.isStored())
                if (auto status = m_workspace.followUps().remove(m_followUp.meta.id); !status)
                    return status;
            return m_workspace.timeline().remove(m_entry.meta.id);
        },
        [] {});
}

} // namespace leverage::models
