#pragma once

#include "core/domain/Ids.h"
#include "core/util/Result.h"

#include <QString>

namespace leverage {

class Workspace;

// Which e-mails a case already has as entries (by Message-ID), and who sent them.
class MailIndex final
{
public:
    static Result<bool> contains(Workspace &workspace, RowId caseId, const QString &messageId);
    // Inside the caller's write, with the entry made of the message.
    static Status record(Workspace &workspace, RowId entryId, RowId caseId,
                         const QString &messageId);
    // The contact with this e-mail address (main or other), case-insensitively; 0 if none.
    static Result<RowId> contactWithAddress(Workspace &workspace, const QString &address);
};

} // namespace leverage
