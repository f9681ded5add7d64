#include "core/util/Logging.h"

#include "core/util/PrivateFiles.h"

#include <QDir>
#include <cstdio>
#include <mutex>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>
#include <vector>

namespace leverage::logging {
namespace {

std::mutex g_mutex;
std::vector<spdlog::sink_ptr> g_sinks;
bool g_verbose = false;

constexpr std::size_t kMaxFileBytes = 2 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

} // namespace

void setUp(const QString &logDirectory, bool verbose)
{
    std::lock_guard lock(g_mutex);
    g_sinks.clear();
    g_verbose = verbose;
    if (!logDirectory.isEmpty() && privatefiles::createDirectory(logDirectory)) {
        const auto file = QDir(logDirectory).filePath(QStringLiteral("leverage.log"));
        // Every log file, the first and each one rotation starts, is private to the user.
        spdlog::file_event_handlers events;
        events.after_open = [](const spdlog::filename_t &, std::FILE *stream) {
            ::fchmod(::fileno(stream), 0600);
        };
        try {
            g_sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                file.toStdString(), kMaxFileBytes, kMaxFiles, false, events));
        } catch (const spdlog::spdlog_ex &) {
            // An unwritable log folder must not stop the application; stderr still works.
        }
    }
    if (verbose)
        g_sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    spdlog::apply_all([](const std::shared_ptr<spdlog::logger> &logger) {
        logger->sinks() = g_sinks;
        logger->set_level(g_verbose ? spdlog::level::debug : spdlog::level::info);
    });
}

std::shared_ptr<spdlog::logger> get(const char *area)
{
    std::lock_guard lock(g_mutex);
    if (auto existing = spdlog::get(area))
        return existing;
    auto logger = std::make_shared<spdlog::logger>(area, g_sinks.begin(), g_sinks.end());
    logger->set_level(g_verbose ? spdlog::level::debug : spdlog::level::info);
    logger->flush_on(spdlog::level::warn);
    spdlog::register_logger(logger);
    return logger;
}

void routeQtMessages()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &text) {
        auto logger = get("qt");
        const auto message = text.toStdString();
        switch (type) {
        case QtDebugMsg:
            logger->debug(message);
            break;
        case QtInfoMsg:
            logger->info(message);
            break;
        case QtWarningMsg:
            logger->warn(message);
            break;
        case QtCriticalMsg:
        case QtFatalMsg:
            logger->error(message);
            break;
        }
    });
}

} // namespace leverage::logging
