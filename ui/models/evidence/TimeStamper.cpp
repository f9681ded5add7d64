#include "ui/models/evidence/TimeStamper.h"

#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "core/timestamp/TimeStampClient.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/evidence/TimeStampCommand.h"

namespace leverage::models {

TimeStamper::TimeStamper(Workspace &workspace, UndoPusher pusher, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_pusher(pusher), m_client(new TimeStampClient(this))
{
}

Result<TimeStampRepository::Head> TimeStamper::head() const
{
    return TimeStampRepository(m_workspace).head();
}

void TimeStamper::setTimeout(int ms)
{
    m_client->setTimeout(ms);
}

void TimeStamper::stamp(const QUrl &authority, RowId caseId, Done done)
{
    auto fail = [this, &done](const Error &error) {
        m_pusher.reporter().reportError(error.message);
        done(error);
    };
    auto current = head();
    if (!current)
        return fail(current.error());
    if (current->sealId == 0)
        return fail(
            Error{Error::Code::Invalid, tr("Nothing is sealed yet: write an entry first.")});
    m_client->stamp(authority, caseId, *current, Instant::fromDateTime(m_workspace.clock().now()),
                    [this, done = std::move(done)](Result<TimeStampRepository::Stamp> stamp) {
                        Status kept = stamp.status();
                        if (stamp)
                            kept = m_pusher.push(
                                std::make_unique<TimeStampCommand>(m_workspace, *stamp));
                        if (!kept) {
                            m_pusher.reporter().reportError(kept.message());
                            done(kept.error());
                            return;
                        }
                        done(stamp);
                    });
}

} // namespace leverage::models
