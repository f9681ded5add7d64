#pragma once

#include <QString>

namespace leverage::models {

// The one way an error reaches the user. The main window implements it (a message in the
// window, never a modal box for something the user can read past); tests pass a fake that
// records what was reported. Panes, models and undo commands are handed one and report
// through it; the detail of what went wrong belongs in the log, not in the message.
class ErrorReporter
{
public:
    virtual ~ErrorReporter() = default;

    // A sentence a person can act on ("Could not read the promises: the disk is full.").
    virtual void reportError(const QString &message) = 0;
};

} // namespace leverage::models
