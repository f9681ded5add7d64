#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/Ids.h"
#include "core/domain/Instant.h"
#include "core/outcomes/OutcomeFigures.h"
#include "tests/support/TestWorkspace.h"

#include <gtest/gtest.h>

namespace leverage::testing {

// The small fixed workspace the outcome figures are checked against; its answers were
// worked out by hand in OutcomeFiguresTest.cpp. All times at UTC-05:00.
//   Acme Telecom: C1 "Overbilled" (opened 5 Jan 10:00, $120 sought; calls with Dana and Eli;
//     closed with money 10 Feb 12:00, resolved at the supervisor level by Eli; a $100 refund
//     on 9 Feb and a EUR 20 voucher on 25 Feb), C2 "Router never arrived" (opened 1 Feb
//     22:00, $80 sought; a call with Dana; no response, closed 28 Feb 22:00: 1 March in UTC).
//   Beta Bank: C3 "Card fee" (opened 10 Jan, GBP 35 sought; an e-mail with Fay; fee waived
//     15 Jan with GBP 35, reopened 20 Feb), C4 "Mortgage letter" (opened 3 Apr, no one
//     named on it; an explanation only, closed 20 Apr).
//   No organization: C5 "Parking fine" (opened 14 Feb, $50 sought, open).
struct OutcomeFixture
{
    RowId acme = 0, beta = 0;
    RowId dana = 0, eli = 0, fay = 0;
    RowId c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0;
    RowId supervisorStep = 0;

    static OutcomeFixture build(Workspace &workspace);
};

// A test over the fixed workspace: its figures as the window and the verb compute them.
class OutcomeFiguresTestBase : public ::testing::Test
{
protected:
    TestWorkspace ws;
    OutcomeFixture fixture = OutcomeFixture::build(*ws);

    outcomes::OutcomeFigures figures(const outcomes::OutcomeFilter &filter = {});
};

// A contact of an organization, and a promise one made in a case: for a test that adds to
// the fixture.
RowId contact(Workspace &ws, const char *name, RowId organizationId);
void promise(Workspace &ws, RowId caseId, RowId contactId, Instant at, CommitmentStatus status);

// An instant at UTC-05:00.
Instant eastern(int year, int month, int day, int hour, int minute = 0);

} // namespace leverage::testing
