#pragma once

#include "core/domain/Ids.h"
#include "core/evidence/MailMessage.h"
#include "core/util/Result.h"

#include <QList>

namespace leverage {

class Workspace;

// Makes e-mails timeline entries of a case (issue 21): the message's date with its zone, the
// sender matched to a contact by address (or made a new contact of the case's
// organization), the subject as the summary and its reference numbers, the text as the note,
// the attachments attached. A message the case already has (same Message-ID) is skipped.
// All messages in one write: all of them are imported or none.
class MailImporter final
{
public:
    struct Summary
    {
        int imported = 0;
        int duplicates = 0;
        int contactsCreated = 0;
        int attachments = 0;
        QList<RowId> entryIds;
    };

    explicit MailImporter(Workspace &workspace) : m_workspace(workspace) {}

    Result<Summary> import(RowId caseId, const QList<MailMessage> &messages);

private:
    Result<RowId> senderContact(const MailMessage &message, RowId organizationId, Summary &summary);

    Workspace &m_workspace;
};

} // namespace leverage
