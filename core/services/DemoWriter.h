#pragma once

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/TimelineEntry.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QRandomGenerator>
#include <initializer_list>
#include <tuple>

namespace leverage {

class Workspace;

// Writes the demo workspace's rows and remembers each by a short handle ("atlas_rep"), so that
// the situations read like the field notes. The first failure is kept; later writes go on
// harmlessly and the builder reports it once.
class DemoWriter
{
public:
    explicit DemoWriter(Workspace &workspace);

    Status status() const { return m_status; }
    int entryCount() const { return m_entries; }

    RowId organization(const char *handle, const char *name, const char *kind, const char *phone);

    void link(const char *from, const char *to, const char *relation);

    RowId contact(const char *handle, const char *organizationHandle, const char *name,
                  const char *position, const char *supervisorHandle = nullptr,
                  const char *directLine = "", const char *extension = "");

    void gateway(const char *handle, const char *rules, const char *notes);

    RowId openCase(const char *handle, const char *title, const char *organizationHandle,
                   int daysAgo, const char *reference, const char *desired, qint64 soughtCents);

    void closeCase(const char *handle, CaseStatus status, const char *outcome, qint64 recovered);

    void involve(const char *caseHandle, const char *organizationHandle, const char *role);

    // The case's organizations in order: (handle, role, handle of who referred it or nullptr).
    void organizationsOf(
        const char *caseHandle,
        std::initializer_list<std::tuple<const char *, const char *, const char *>> organizations);

    // Everyone else on an entry, and who was sent a copy of it.
    void others(RowId entryId, std::initializer_list<const char *> participants,
                std::initializer_list<const char *> copied = {});

    // One entry on a case's timeline; returns its id for commitments made in it.
    RowId entry(const char *caseHandle, int daysAgo, int hour, int minute, Channel channel,
                const char *contactHandle, const char *summary, const char *notes = "",
                int durationMinutes = 0, int holdMinutes = 0, int effort = 0,
                const char *reference = "", bool serviceFailure = false);

    // How helpful the person was in that entry (1 unhelpful … 5 very helpful).
    void rate(RowId entryId, int helpfulness);

    void promise(const char *caseHandle, RowId entryId, const char *contactHandle, const char *what,
                 int madeDaysAgo, int dueDaysAgo, CommitmentStatus status,
                 const char *statusNote = "");

    // A follow-up at `hour`, or in a window from `hour` to `untilHour`.
    RowId followUp(const char *caseHandle, const char *contactHandle, const char *what,
                   int dueDaysAgo, int hour, int untilHour = -1, RowId commitmentId = 0);

    // "The supervisor is not in and will call back between … and …", said the rep: the rep's
    // commitment, the supervisor will act, and the callback on the agenda with the supervisor.
    void callbackPromised(const char *caseHandle, RowId entryId, const char *byHandle,
                          const char *actorHandle, const char *what, int madeDaysAgo,
                          int dueDaysAgo, int fromHour, int untilHour);

    // A done step is dated when the case moved past it (`doneDaysAgo`), as a user records it.
    void step(const char *caseHandle, EscalationLevel level, const char *contactHandle,
              const char *organizationHandle, EscalationStatus status, int doneDaysAgo = -1,
              const char *note = "");

    // Routine traffic around the key events: status checks, acknowledgements, reminders.
    void routine(const char *caseHandle, int fromDaysAgo, int toDaysAgo, int count,
                 const QList<const char *> &contactHandles);

    RowId id(const char *handle) const { return m_ids.value(QString::fromLatin1(handle)); }
    void keep(const Status &status);

private:
    Instant at(int daysAgo, int hour, int minute) const;
    Workspace &m_ws;
    QDateTime m_now;
    QRandomGenerator m_random;
    Status m_status;
    QHash<QString, RowId> m_ids;
    QHash<RowId, Contact> m_contacts;
    int m_entries = 0;
};

} // namespace leverage
