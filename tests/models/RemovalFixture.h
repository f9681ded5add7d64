#pragma once

#include "tests/models/Seed.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// Two organizations with people who report across them, two cases with entries, participants,
// a commitment with its follow-up, escalation steps, an involvement, a link and a call draft:
// every kind of row a delete can cascade to or unlink.
class RemovalFixture : public ::testing::Test
{
protected:
    void SetUp() override;

    TestWorkspace ws;
    Organization northwind, couriers;
    Contact boss, agent, courier;
    Case dishwasher, parcel;
    TimelineEntry firstCall, secondCall, parcelCall;
    Commitment callback;
    FollowUp chase;
    EscalationStep toBoss, toNorthwind;
};

} // namespace leverage::testing
