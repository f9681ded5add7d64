#include "tests/models/RemovalFixture.h"

#include "core/domain/CallDraft.h"
#include "core/store/CallDraftRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"

namespace leverage::testing {

void RemovalFixture::SetUp()
{
    auto &w = ws.get();
    northwind = Seed::organization(w, QStringLiteral("Northwind Appliances"));
    couriers = Seed::organization(w, QStringLiteral("Speedy Couriers"));
    ASSERT_TRUE(w.organizations().link(
        {couriers.meta.id, northwind.meta.id, QStringLiteral("delivers for")}));
    boss =
        Seed::contact(w, northwind.meta.id, QStringLiteral("Morgan"), 0, QStringLiteral("Manager"));
    agent = Seed::contact(w, northwind.meta.id, QStringLiteral("Dana"), boss.meta.id,
                          QStringLiteral("Agent"));
    courier = Seed::contact(w, couriers.meta.id, QStringLiteral("Lee"), boss.meta.id);
    dishwasher =
        Seed::caseRow(w, QStringLiteral("Dishwasher delivered damaged"), northwind.meta.id);
    parcel = Seed::caseRow(w, QStringLiteral("Parcel lost"), couriers.meta.id, 10);
    ASSERT_TRUE(w.cases().setInvolvedOrganizations(
        dishwasher.meta.id,
        {{couriers.meta.id, QStringLiteral("delivery contractor"), northwind.meta.id}}));
    ASSERT_TRUE(w.cases().setInvolvedOrganizations(
        parcel.meta.id, {{northwind.meta.id, QStringLiteral("seller")}}));
    firstCall =
        Seed::entry(w, dishwasher.meta.id, 30, QStringLiteral("Reported damage"), agent.meta.id);
    secondCall = Seed::entry(w, dishwasher.meta.id, 90, QStringLiteral("Asked for supervisor"),
                             boss.meta.id);
    parcelCall = Seed::entry(w, parcel.meta.id, 120, QStringLiteral("Tracking"), agent.meta.id);
    ASSERT_TRUE(w.timeline().setParticipants(
        secondCall.meta.id,
        {{agent.meta.id, QStringLiteral("Dana"), QStringLiteral("Agent"), secondCall.occurredAt, 2},
         {boss.meta.id, QStringLiteral("Morgan"), QStringLiteral("Manager"), secondCall.occurredAt,
          4}}));
    callback = Seed::commitment(w, dishwasher.meta.id, QStringLiteral("Call back by Friday"), 95,
                                secondCall.meta.id, boss.meta.id);
    chase = Seed::followUp(w, dishwasher.meta.id, QStringLiteral("Chase the callback"),
                           boss.meta.id, callback.meta.id);
    toBoss = Seed::step(w, dishwasher.meta.id, boss.meta.id);
    toNorthwind = Seed::step(w, parcel.meta.id, 0, northwind.meta.id);
    CallDraft draft;
    draft.caseId = dishwasher.meta.id;
    draft.startedAt = firstCall.occurredAt;
    draft.payload = QStringLiteral("{}");
    ASSERT_TRUE(w.callDrafts().add(draft));
}

} // namespace leverage::testing
