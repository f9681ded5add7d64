#pragma once

#include "core/letters/LetterKind.h"
#include "core/util/Result.h"

#include <QHash>
#include <QStringList>

namespace leverage {

class Workspace;

// The letter templates: one English set ships with the program (resources/letters, in the
// binary); the user's edited copies live in the workspace and win over the shipped ones
// until reset. A letter is the "frame" (letterhead, addressee, reference line, sign-off,
// enclosures, cc) around its kind's body; the parts "history", "promises" and "deadline" are
// shared by the bodies ({{> history}}).
class LetterTemplates final
{
public:
    static QString frameName() { return QStringLiteral("frame"); }
    static QStringList partNames();
    // Every template a user can edit: the frame, the parts, one per kind.
    static QStringList names();
    static QString shipped(const QString &name);

    // The shipped set only (tests, a workspace not at hand).
    LetterTemplates() = default;
    // The workspace's set: the user's copies over the shipped ones.
    static Result<LetterTemplates> of(Workspace &workspace);

    QString text(const QString &name) const;
    bool isUserCopy(const QString &name) const { return m_user.contains(name); }

private:
    QHash<QString, QString> m_user;
};

} // namespace leverage
