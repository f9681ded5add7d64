#pragma once

#include <QString>

namespace leverage::models {

class ErrorReporter;

// Reports through the reporter a pane or model was given. Without one (a widget tested alone)
// the log notes that an error went unshown; the message itself stays out of the log.
void reportError(ErrorReporter *reporter, const QString &message);

} // namespace leverage::models
