#pragma once

#include <QString>
#include <memory>
#include <spdlog/logger.h>

namespace leverage::logging {

// Sets up one rotating log file (in logDirectory, if given) shared by every area's logger,
// plus standard error when verbose. Safe to call again: later calls replace the sinks.
void setUp(const QString &logDirectory, bool verbose);

// Sends Qt's own messages (qWarning …) to the "qt" logger instead of standard error, so a
// verb's standard error carries only its one-line reason.
void routeQtMessages();

// The named logger of one area ("store", "ui", "dossier", "import", "app" …).
std::shared_ptr<spdlog::logger> get(const char *area);

} // namespace leverage::logging
