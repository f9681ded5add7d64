#include "tests/models/StoreDump.h"

#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <algorithm>
#include <gtest/gtest.h>

namespace leverage::testing {
namespace {

template <typename T> QList<T> take(Result<QList<T>> rows, const char *what)
{
    EXPECT_TRUE(rows) << what << ": " << rows.message().toStdString();
    return rows ? *rows : QList<T>();
}

template <typename T> void byId(QList<T> &rows)
{
    std::sort(rows.begin(), rows.end(),
              [](const T &a, const T &b) { return a.meta.id < b.meta.id; });
}

template <typename T> void clearVersions(QList<T> &rows)
{
    for (auto &row : rows) {
        row.meta.version = 0;
        row.meta.updatedAtMs = 0;
    }
}

template <typename T> int countDifferent(const QList<T> &a, const QList<T> &b)
{
    if (a.size() != b.size())
        return int(std::max(a.size(), b.size()));
    int n = 0;
    for (int i = 0; i < a.size(); ++i)
        n += a.at(i) == b.at(i) ? 0 : 1;
    return n;
}

} // namespace

StoreDump StoreDump::read(Workspace &ws)
{
    StoreDump dump;
    dump.organizations = take(ws.organizations().all(), "organizations");
    for (const auto &o : dump.organizations) {
        dump.contacts += take(ws.contacts().forOrganization(o.meta.id), "contacts");
        if (auto links = ws.organizations().links(o.meta.id))
            for (const auto &l : *links)
                dump.relations
                    << QStringLiteral("link %1>%2 %3").arg(l.fromId).arg(l.toId).arg(l.relation);
    }
    dump.contacts += take(ws.contacts().forOrganization(0), "contacts with no organization");
    auto contactCount = ws.contacts().count();
    EXPECT_EQ(contactCount ? *contactCount : -1, dump.contacts.size())
        << "every contact is read through its organization or as unplaced";
    CaseQuery all;
    all.sortBy = CaseQuery::SortBy::Opened;
    for (const auto &summary : take(ws.cases().page(all, 0, 1'000'000), "cases"))
        dump.cases << summary.caseData;
    for (const auto &c : std::as_const(dump.cases)) {
        const auto id = c.meta.id;
        const auto entries = take(ws.timeline().forCase(id), "entries");
        dump.entries += entries;
        for (const auto &e : entries)
            for (const auto &p : take(ws.timeline().participants(e.meta.id), "participants"))
                dump.relations << QStringLiteral("participant %1 %2 %3 %4 %5 %6 %7")
                                      .arg(e.meta.id)
                                      .arg(p.contactId)
                                      .arg(p.name, p.position)
                                      .arg(p.joinedAt.utcMs)
                                      .arg(p.helpfulness.value_or(-1))
                                      .arg(p.cc ? QStringLiteral("cc") : QString());
        dump.followUps += take(ws.followUps().forCase(id), "follow-ups");
        dump.steps += take(ws.escalation().forCase(id), "steps");
        for (const auto &o : take(ws.cases().involvedOrganizations(id), "involved"))
            dump.relations << QStringLiteral("involved %1 %2 %3 referred by %4")
                                  .arg(id)
                                  .arg(o.organizationId)
                                  .arg(o.role)
                                  .arg(o.referredById);
    }
    dump.commitments = take(ws.commitments().all(), "commitments");
    dump.drafts = take(ws.callDrafts().all(), "drafts");
    byId(dump.contacts);
    byId(dump.cases);
    byId(dump.entries);
    byId(dump.commitments);
    byId(dump.followUps);
    byId(dump.steps);
    byId(dump.drafts);
    dump.relations.sort();
    dump.relations.removeDuplicates(); // a link is listed by both of its organizations
    return dump;
}

StoreDump StoreDump::withoutVersions() const
{
    auto copy = *this;
    clearVersions(copy.organizations);
    clearVersions(copy.contacts);
    clearVersions(copy.cases);
    clearVersions(copy.entries);
    clearVersions(copy.commitments);
    clearVersions(copy.followUps);
    clearVersions(copy.steps);
    clearVersions(copy.drafts);
    return copy;
}

QString StoreDump::difference(const StoreDump &other) const
{
    QStringList parts;
    const auto note = [&parts](const char *what, int n) {
        if (n > 0)
            parts << QStringLiteral("%1: %2 differ").arg(QLatin1String(what)).arg(n);
    };
    note("organizations", countDifferent(organizations, other.organizations));
    note("contacts", countDifferent(contacts, other.contacts));
    note("cases", countDifferent(cases, other.cases));
    note("entries", countDifferent(entries, other.entries));
    note("commitments", countDifferent(commitments, other.commitments));
    note("follow-ups", countDifferent(followUps, other.followUps));
    note("steps", countDifferent(steps, other.steps));
    note("drafts", countDifferent(drafts, other.drafts));
    if (relations != other.relations)
        parts << QStringLiteral("relations: [%1] vs [%2]")
                     .arg(relations.join(QStringLiteral("; ")),
                          other.relations.join(QStringLiteral("; ")));
    return parts.join(QStringLiteral(", "));
}

} // namespace leverage::testing
