#pragma once

#include "core/util/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace leverage {

// A document Leverage writes for the user to keep or send (a dossier, a letter, contacts, a
// calendar, figures, rules): whole or not at all, and never over a workspace. A save dialog's
// "Replace?" answered yes on the workspace's own name would otherwise rename a PDF over the
// case file while it is open, and every case in it would be gone.
class DocumentFile final
{
public:
    // Why no document may be written at `path`: it is a workspace or a file kept beside one
    // (WorkspaceFile::isWorkspaceOrBeside). Empty when it may.
    static Status refusal(const QString &path);

    // Writes `bytes` to `path` whole (QSaveFile: a temporary file beside it, renamed over the
    // old one only once complete). On failure the old file is as it was, and the error's text
    // is `failure` given the system's reason.
    static Status save(const QString &path, const QByteArray &bytes,
                       const std::function<QString(const QString &reason)> &failure);
};

} // namespace leverage
