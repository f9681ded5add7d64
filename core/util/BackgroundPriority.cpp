#include "core/util/BackgroundPriority.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace leverage {

void lowerCurrentThreadPriority()
{
#ifdef Q_OS_LINUX
    // On Linux a thread has a nice value and an I/O priority of its own.
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    ::setpriority(PRIO_PROCESS, thread, 10);
    // ioprio_set(IOPRIO_WHO_PROCESS, thread, best effort, lowest level): no glibc wrapper.
    constexpr int kWhoProcess = 1;
    constexpr int kClassBestEffort = 2;
    constexpr int kClassShift = 13;
    ::syscall(SYS_ioprio_set, kWhoProcess, thread, (kClassBestEffort << kClassShift) | 7);
#endif
}

} // namespace leverage
