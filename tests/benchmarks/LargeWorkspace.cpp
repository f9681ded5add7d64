#include "tests/benchmarks/LargeWorkspace.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"

#include <QRandomGenerator>

namespace leverage::bench {

Status generateLargeWorkspace(Workspace &workspace, const LargeWorkspaceSize &size)
{
    QRandomGenerator random(7);
    const auto now = workspace.clock().now();
    const int offset = now.offsetFromUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

    QList<Organization> organizations;
    for (int i = 0; i < size.organizations; ++i) {
        Organization o;
        o.name = QStringLiteral("Organization %1").arg(i + 1);
        o.kind = QStringLiteral("retailer");
        organizations.append(o);
    }
    if (auto status = workspace.organizations().addMany(organizations); !status)
        return status;

    QList<Contact> contacts;
    for (int i = 0; i < size.contacts; ++i) {
        Contact c;
        c.organizationId = organizations.at(i % size.organizations).meta.id;
        c.name = QStringLiteral("Person %1").arg(i + 1);
        c.position = QStringLiteral("Customer Service Agent");
        contacts.append(c);
    }
    if (auto status = workspace.contacts().addMany(contacts); !status)
        return status;

    QList<Case> cases;
    for (int i = 0; i < size.cases; ++i) {
        Case c;
        c.title = QStringLiteral("Case %1: refund not received").arg(i + 1);
        c.organizationId = organizations.at(i % size.organizations).meta.id;
        c.openedAt =
            Instant::fromUtcMs(nowMs - qint64(random.bounded(3 * 365)) * 86'400'000, offset);
        c.status = static_cast<CaseStatus>(random.bounded(5));
        cases.append(c);
    }
    if (auto status = workspace.cases().addMany(cases); !status)
        return status;

    // The heavy case first, then the rest spread evenly; written in chunks so the WAL and
    // memory stay small.
    constexpr int kChunk = 50'000;
    const int rest = size.entries - size.heavyCaseEntries;
    QList<TimelineEntry> chunk;
    chunk.reserve(kChunk);
    for (int i = 0; i < size.entries; ++i) {
        TimelineEntry e;
        const int caseIndex = i < size.heavyCaseEntries
                                  ? 0
                                  : 1 + (i - size.heavyCaseEntries) % qMax(1, size.cases - 1);
        e.caseId = cases.at(qMin(caseIndex, size.cases - 1)).meta.id;
        e.channel = static_cast<Channel>(random.bounded(6));
        e.occurredAt = Instant::fromUtcMs(
            nowMs - qint64(random.bounded(quint32(kYearMs / 1000))) * 1000 * 3, offset);
        e.durationSeconds = 60 * int(random.bounded(40));
        e.holdSeconds = e.durationSeconds / 3;
        e.contactId = contacts.at(int(random.bounded(size.contacts))).meta.id;
        e.personName = QStringLiteral("Person");
        e.personPosition = QStringLiteral("Agent");
        e.referenceNumber = QStringLiteral("REF-%1").arg(i);
        e.summary = QStringLiteral("Status call about the refund; told to wait again");
        e.effort = 1 + int(random.bounded(5));
        chunk.append(e);
        if (chunk.size() == kChunk || i + 1 == size.entries) {
            if (auto status = workspace.timeline().addMany(chunk); !status)
                return status;
            chunk.clear();
        }
    }
    Q_UNUSED(rest);
    return {};
}

} // namespace leverage::bench
