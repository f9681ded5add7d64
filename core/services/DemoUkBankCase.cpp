#include "core/services/DemoSituations.h"
#include "core/services/DemoWriter.h"

#include "core/services/Clock.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

// Clocks (issue 19): a UK bank complaint the bank received 27 days ago (the letter went the day
// before): the Financial Ombudsman's door opens eight weeks after receipt, in 29 days (on the
// scenarios' clock, 2 Mar 2026: received 3 Feb, opens 31 Mar).
void addUkBankCase(DemoWriter &d, Workspace &workspace)
{
    d.organization("northbridge", "Northbridge Bank plc", "Bank", "+44 20 7946 0321");
    d.contact("northbridge_complaints", "northbridge", "Harriet Shaw", "Complaints Handler");
    const RowId caseId = d.openCase(
        "uk_bank", "Card payment taken twice (UK)", "northbridge", 28, "Card ending 4417",
        "Refund of the duplicate payment and £50 for the trouble", 26400);
    const RowId letter = d.entry("uk_bank", 28, 11, 0, Channel::Letter, "northbridge_complaints",
                                 "Complaint letter: the same card payment was taken twice");
    d.entry("uk_bank", 20, 14, 30, Channel::Call, "northbridge_complaints",
            "Bank acknowledged the complaint; investigating", "", 12, 6, 3, "NB-CMP-88213");
    // The path to the Ombudsman, so that its step shows when the door opens and Escalate
    // before then warns with the rule.
    d.step("uk_bank", EscalationLevel::FrontLine, "northbridge_complaints", nullptr,
           EscalationStatus::Current);
    d.step("uk_bank", EscalationLevel::Ombudsman, nullptr, nullptr, EscalationStatus::Planned, -1,
           "Financial Ombudsman Service");
    if (!d.status())
        return;
    auto theCase = workspace.cases().get(caseId);
    if (!theCase)
        return d.keep(theCase.status());
    theCase->currency = QStringLiteral("GBP");
    d.keep(workspace.cases().update(*theCase));
    d.keep(CaseJurisdictionRepository(workspace).set(
        caseId, {QStringLiteral("GB"), {}, QStringLiteral("finance")}));
    clocks::ClockTrigger complaint;
    complaint.caseId = caseId;
    complaint.event = QStringLiteral("complaint");
    const QDate today = workspace.clock().now().date();
    complaint.sentOn = today.addDays(-28);
    complaint.receivedOn = today.addDays(-27);
    complaint.entryId = letter;
    d.keep(ClockTriggerRepository(workspace).add(complaint));
}

} // namespace leverage
