#include "ui/models/common/ReportError.h"

#include "core/util/Logging.h"
#include "ui/models/common/ErrorReporter.h"

namespace leverage::models {

void reportError(ErrorReporter *reporter, const QString &message)
{
    if (reporter)
        reporter->reportError(message);
    else
        logging::get("ui")->warn("an error was not shown: no error reporter is set");
}

} // namespace leverage::models
