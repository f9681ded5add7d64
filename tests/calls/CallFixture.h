#pragma once

#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// A workspace with one organization, one of its people and one case, for the call suites.
struct CallFixture
{
    TestWorkspace ws;
    Organization org;
    Contact rep;
    Case theCase;

    CallFixture()
    {
        org.name = QStringLiteral("Northwind Appliances");
        EXPECT_TRUE(ws->organizations().add(org));
        rep.organizationId = org.meta.id;
        rep.name = QStringLiteral("Dana Ruiz");
        rep.position = QStringLiteral("Customer care agent");
        rep.extension = QStringLiteral("4471");
        EXPECT_TRUE(ws->contacts().add(rep));
        theCase.title = QStringLiteral("Dishwasher delivered damaged");
        theCase.organizationId = org.meta.id;
        theCase.openedAt = Instant::fromDateTime(ws.clock().now());
        EXPECT_TRUE(ws->cases().add(theCase));
    }
};

} // namespace leverage::testing
