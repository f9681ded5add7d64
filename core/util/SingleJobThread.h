#pragma once

#include <atomic>
#include <functional>
#include <thread>

namespace leverage {

// One job at a time on a thread of its own (the backup and archive runners): start() refuses
// while a job runs, and the destructor lets a running job finish, so no file it writes is
// left half-done.
class SingleJobThread final
{
public:
    SingleJobThread() = default;
    SingleJobThread(const SingleJobThread &) = delete;
    SingleJobThread &operator=(const SingleJobThread &) = delete;
    ~SingleJobThread() { wait(); }

    // Runs `work`, then `done` (which posts the result to the owner). false (and nothing
    // started) while a job runs. The job counts as ended before `done` runs, so an owner that
    // gets the result can start the next job at once.
    bool start(std::function<void()> work, std::function<void()> done)
    {
        if (m_running.exchange(true))
            return false;
        if (m_thread.joinable())
            m_thread.join(); // the previous one, already finished
        m_thread = std::thread([this, work = std::move(work), done = std::move(done)] {
            work();
            m_running.store(false);
            done();
        });
        return true;
    }
    bool isRunning() const { return m_running.load(); }
    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::atomic<bool> m_running{false};
    std::thread m_thread;
};

} // namespace leverage
