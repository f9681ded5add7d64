#include "core/services/DemoSituations.h"
#include "core/services/DemoWriter.h"

namespace leverage {

void addOrganizationsAndPeople(DemoWriter &d)
{
    d.organization("atlas", "Atlas Airways", "airline", "+1 800 555 0142");
    d.organization("harbor", "Harbor Home & Appliance", "retailer", "+1 800 555 0177");
    d.organization("swiftline", "SwiftLine Delivery & Install", "delivery contractor",
                   "+1 888 555 0190");
    d.organization("crestlink", "Crestlink Communications", "telecom provider", "+1 877 555 0111");
    d.organization("meridian", "Meridian Mutual Health", "health insurer", "+1 866 555 0123");
    d.organization("stateins", "State Department of Insurance", "regulator", "+1 555 010 4400");
    d.link("harbor", "swiftline", "contracts delivery and installation to");
    d.link("stateins", "meridian", "regulates");

    d.contact("atlas_ceo_office", "atlas", "Helen Voss", "Director, Executive Customer Relations");
    d.contact("atlas_mgr", "atlas", "Raymond Ortiz", "Customer Care Manager", "atlas_ceo_office",
              "+1 800 555 0142", "x4471");
    d.contact("atlas_sup", "atlas", "Tanya Brooks", "Refunds Supervisor", "atlas_mgr", "",
              "emp 20931");
    d.contact("atlas_rep", "atlas", "Kevin Hale", "Customer Service Agent", "atlas_sup", "",
              "emp 31877");

    d.contact("harbor_exec", "harbor", "Sandra Whitfield", "VP, Customer Experience");
    d.contact("harbor_mgr", "harbor", "Luis Moreno", "Store Operations Manager", "harbor_exec",
              "+1 617 555 0161");
    d.contact("harbor_rep", "harbor", "Amber Cole", "Customer Service Associate", "harbor_mgr");
    d.contact("swift_disp", "swiftline", "Gary Pruitt", "Dispatch Supervisor", nullptr,
              "+1 888 555 0190", "x12");
    d.contact("swift_tech", "swiftline", "Dion Ellery", "Installer", "swift_disp");

    d.contact("crest_mgr", "crestlink", "Naomi Park", "Field Services Manager", nullptr,
              "+1 877 555 0188");
    d.contact("crest_tech", "crestlink", "Marcus Bell", "Field Technician", "crest_mgr",
              "+1 877 555 0199", "tech 5521");
    d.contact("crest_rep", "crestlink", "Jordan Lee", "Support Agent", "crest_mgr");

    d.contact("meridian_cos", "meridian", "Priya Nandakumar", "Chief of Staff to the CEO", nullptr,
              "+1 866 555 0100");
    d.contact("meridian_sup", "meridian", "Carl Jensen", "Claims Supervisor", "meridian_cos",
              "+1 866 555 0122", "x2210");
    d.contact("meridian_rep", "meridian", "Erin Walsh", "Member Services Representative",
              "meridian_sup");
    d.contact("stateins_officer", "stateins", "Thomas Greer", "Consumer Complaint Officer");

    d.gateway("atlas_ceo_office",
              "E-mail first with a one-page summary; call only if a flight is "
              "within 48 hours.",
              "Routed the hotel reimbursement to refunds the same day.");
    d.gateway("meridian_cos", "E-mail only, short and factual; she forwards to the right VP.",
              "Helped once with the MRI claim; did not answer the second request.");
    d.gateway("crest_mgr", "Call the direct line before 10 am.",
              "Can-do, go-to: fixed the line within a week.");
}

void addReimbursementCase(DemoWriter &d)
{
    d.openCase("hotel", "Hotel reimbursement promised after cancelled flight", "atlas", 96,
               "PNR QX7L2M", "Reimbursement of the $212 hotel night, as promised", 21200);
    auto first = d.entry("hotel", 96, 10, 5, Channel::Call, "atlas_rep",
                         "Agent promised to file the hotel reimbursement with claims today",
                         "[00:02] Explained: flight AT 418 cancelled at 22:40, no rebooking before "
                         "08:00.\n[00:09] Agent: \"I will file the reimbursement with the claims "
                         "department today; you will hear within five business days.\"\n"
                         "[00:14] Re-confirmed: filed today, five business days, ref given.",
                         19, 6, 2, "CR-884120");
    d.promise("hotel", first, "atlas_rep", "File the hotel reimbursement with claims today", 96, 96,
              CommitmentStatus::Broken, "Claims has no record of a filing (told day 14).");
    d.promise("hotel", first, "atlas_rep", "Answer within five business days", 96, 89,
              CommitmentStatus::Broken);
    d.routine("hotel", 94, 84, 20, {"atlas_rep", "atlas_sup"});
    d.entry("hotel", 82, 14, 20, Channel::Call, "atlas_sup",
            "Supervisor: no reimbursement was ever filed; agent gave wrong information",
            "Asked for her supervisor's name: Raymond Ortiz, Customer Care Manager.\nPolicy "
            "rationale quoted: \"Claims need a receipt uploaded through the portal.\"",
            31, 14, 4, "CR-884120", true);
    d.followUp("hotel", "atlas_mgr", "Manager calls back between 2 and 4 pm", 79, 14, 16);
    d.routine("hotel", 78, 40, 60, {"atlas_rep", "atlas_sup", "atlas_mgr"});
    d.rate(d.entry("hotel", 38, 8, 45, Channel::Email, "atlas_ceo_office",
                   "Wrote to the executive customer relations office with the dated record",
                   "Attached the timeline and the broken promises.", 0, 0, 2),
           4);
    auto exec = d.entry("hotel", 36, 11, 0, Channel::Call, "atlas_ceo_office",
                        "Executive office: reimbursement approved, plus a $75 voucher", "", 12, 0,
                        1, "EXC-20931");
    d.rate(exec, 5);
    d.promise("hotel", exec, "atlas_ceo_office", "Refund $212 to the card within 10 days", 36, 26,
              CommitmentStatus::Kept);
    d.entry("hotel", 27, 9, 0, Channel::Note, nullptr, "Refund of $212 appeared on the card");
    d.closeCase("hotel", CaseStatus::Resolved, "Reimbursed in full, plus a $75 voucher", 21200);
    d.step("hotel", EscalationLevel::FrontLine, "atlas_rep", nullptr, EscalationStatus::Done, 82);
    d.step("hotel", EscalationLevel::Supervisor, "atlas_sup", nullptr, EscalationStatus::Done, 79);
    d.step("hotel", EscalationLevel::Manager, "atlas_mgr", nullptr, EscalationStatus::Skipped, -1,
           "Never called back");
    d.step("hotel", EscalationLevel::ExecutiveOffice, "atlas_ceo_office", nullptr,
           EscalationStatus::Done, 36);
}

void addApplianceCase(DemoWriter &d)
{
    d.openCase("dishwasher", "Dishwasher delivered damaged, installation left unfinished", "harbor",
               58, "Order HH-55120-7",
               "Undamaged replacement, installed, and the $99 "
               "installation fee waived",
               9900);
    d.entry("dishwasher", 58, 16, 30, Channel::Visit, "swift_tech",
            "Installer delivered a unit with a dented door and left without connecting the drain",
            "Photos taken of the dent and the loose hose.", 45, 0, 3);
    auto call = d.entry("dishwasher", 57, 9, 10, Channel::Call, "harbor_rep",
                        "Store says delivery problems belong to SwiftLine; gave their number",
                        "Asked who is responsible under the sale: store says the contractor.", 22,
                        11, 4, "HH-CS-20417");
    d.promise("dishwasher", call, "harbor_rep", "E-mail the contractor's incident form", 57, 56,
              CommitmentStatus::Broken, "Form never arrived.");
    d.routine("dishwasher", 56, 30, 45, {"harbor_rep", "swift_disp", "harbor_mgr"});
    auto dispatch = d.entry("dishwasher", 29, 13, 0, Channel::Call, "swift_disp",
                            "Dispatch will schedule a replacement delivery and a new install", "",
                            17, 8, 3, "SL-7781");
    d.promise("dishwasher", dispatch, "swift_disp", "Schedule the replacement delivery", 29, 22,
              CommitmentStatus::Kept);
    d.promise("dishwasher", dispatch, "harbor_mgr", "Waive the $99 installation fee", 29, 4,
              CommitmentStatus::Pending);
    d.followUp("dishwasher", "harbor_mgr", "Check the fee reversal on the statement", -3, 10);
    d.followUp("dishwasher", "swift_disp", "Confirm the install window (8–12) the day before", -1,
               16);
    d.closeCase("dishwasher", CaseStatus::Waiting, "", 0);
    d.step("dishwasher", EscalationLevel::FrontLine, "harbor_rep", nullptr, EscalationStatus::Done,
           30);
    d.step("dishwasher", EscalationLevel::ThirdParty, "swift_disp", "swiftline",
           EscalationStatus::Current);
    d.step("dishwasher", EscalationLevel::Manager, "harbor_mgr", nullptr,
           EscalationStatus::Planned);
    d.step("dishwasher", EscalationLevel::ExecutiveOffice, "harbor_exec", nullptr,
           EscalationStatus::Planned);
    d.step("dishwasher", EscalationLevel::SmallClaimsCourt, nullptr, nullptr,
           EscalationStatus::Planned);
}

// Where (issue 14): the retailer sold the dishwasher and handed its installation to SwiftLine;
// the installer's manager joins a call and is copied on the written summary, as a contact.
void addInstallerToApplianceCase(DemoWriter &d)
{
    d.organizationsOf("dishwasher",
                      {{"harbor", "seller", nullptr}, {"swiftline", "installer", "harbor"}});
    d.contact("swift_mgr", "swiftline", "Mark Rivera", "Installation Manager", nullptr,
              "+1 800 555 0148", "12");
    auto conference = d.entry("dishwasher", 27, 11, 0, Channel::Call, "harbor_mgr",
                              "Store manager conferenced in SwiftLine's installation manager",
                              "Both agreed the install was left unfinished.", 25, 6, 3);
    d.others(conference, {"swift_mgr"});
    auto summary = d.entry("dishwasher", 27, 15, 30, Channel::Email, "harbor_mgr",
                           "Wrote up the three-way call for the store manager",
                           "Copied to SwiftLine's installation manager.", 0, 0, 2);
    d.others(summary, {}, {"swift_mgr"});
}

void addDslCase(DemoWriter &d)
{
    d.openCase("dsl", "DSL install: three missed appointments", "crestlink", 140,
               "Account 4410-2231", "Working line and a credit for the missed appointments", 15000);
    d.routine("dsl", 140, 120, 35, {"crest_rep"});
    auto visit = d.entry("dsl", 118, 15, 0, Channel::Visit, "crest_tech",
                         "Technician traced the fault to the street cabinet and fixed it",
                         "Came back after his shift to check the line held; left his direct "
                         "line for problems.",
                         120, 0, 1);
    d.promise("dsl", visit, "crest_tech", "Check the line again on Monday", 118, 115,
              CommitmentStatus::Kept);
    d.rate(d.entry("dsl", 112, 10, 0, Channel::Letter, "crest_mgr",
                   "Thank-you letter for Marcus Bell, copied to his manager", "", 0, 0, 1),
           4);
    d.rate(visit, 5);
    auto credit = d.entry("dsl", 110, 9, 40, Channel::Call, "crest_mgr",
                          "Manager applied a $150 credit for the missed appointments", "", 9, 0, 1,
                          "CRD-66120");
    d.rate(credit, 5);
    d.promise("dsl", credit, "crest_mgr", "Credit of $150 on the next bill", 110, 80,
              CommitmentStatus::Kept);
    d.closeCase("dsl", CaseStatus::Closed, "$150 credit and a working line", 15000);
    d.step("dsl", EscalationLevel::FrontLine, "crest_rep", nullptr, EscalationStatus::Done, 112);
    d.step("dsl", EscalationLevel::Manager, "crest_mgr", nullptr, EscalationStatus::Done, 110);
}

void addInsurerCase(DemoWriter &d)
{
    d.openCase("mri", "MRI claim denied as \"not pre-authorised\"", "meridian", 75,
               "Claim 77-310-4482", "Claim paid as pre-authorised; $1,840 reimbursed", 184000);
    d.involve("mri", "stateins", "Regulator");
    auto denial = d.entry("mri", 75, 11, 30, Channel::Call, "meridian_rep",
                          "Rep says no pre-authorisation is on file; will ask the provider",
                          "Rationale asked: \"policy requires the provider to submit\". "
                          "Alternatives asked: retro-authorisation exists, rep was not told to "
                          "offer it.",
                          36, 18, 5, "MS-118204");
    d.promise("mri", denial, "meridian_rep", "Request the authorisation record from the provider",
              75, 68, CommitmentStatus::Broken, "Provider never contacted.");
    d.routine("mri", 74, 45, 50, {"meridian_rep", "meridian_sup"});
    auto notIn = d.entry("mri", 44, 16, 10, Channel::Call, "meridian_rep",
                         "Supervisor \"not in\", will call back Thursday 2–4 pm", "", 24, 20, 5,
                         "MS-118204", true);
    d.callbackPromised("mri", notIn, "meridian_rep", "meridian_sup", "Carl Jensen calls back", 44,
                       41, 14, 16);
    auto assistant = d.entry("mri", 30, 9, 5, Channel::Email, "meridian_cos",
                             "Chief of staff forwarded the file to the VP of Claims", "", 0, 0, 2);
    d.rate(assistant, 5);
    d.promise("mri", assistant, "meridian_cos", "A claims VP will review within two weeks", 30, 16,
              CommitmentStatus::Pending);
    d.routine("mri", 28, 2, 30, {"meridian_rep", "meridian_sup"});
    d.rate(d.entry("mri", 12, 8, 30, Channel::Email, "meridian_cos",
                   "Second e-mail to the chief of staff: no answer after a week", "", 0, 0, 4),
           1);
    d.followUp("mri", "stateins_officer", "File with the Department of Insurance if no answer", -7,
               9);
    d.closeCase("mri", CaseStatus::Escalated, "", 0);
    d.step("mri", EscalationLevel::FrontLine, "meridian_rep", nullptr, EscalationStatus::Done, 44);
    d.step("mri", EscalationLevel::Supervisor, "meridian_sup", nullptr, EscalationStatus::Done, 30);
    d.step("mri", EscalationLevel::ExecutiveAssistant, "meridian_cos", nullptr,
           EscalationStatus::Current);
    d.step("mri", EscalationLevel::Regulator, "stateins_officer", "stateins",
           EscalationStatus::Planned);
}

// A path planned but never climbed by hand: the call with a front-line rep is what reached the
// first level (the path reads it from the timeline). The gateway who helped on the MRI claim
// did not help here: her track record names both cases.
void addTherapyCase(DemoWriter &d)
{
    d.openCase("therapy", "Physical therapy visits billed as out-of-network", "meridian", 20,
               "Claim 77-318-0917", "Visits reprocessed in network; $960 refunded", 96000);
    d.entry("therapy", 19, 10, 40, Channel::Call, "meridian_rep",
            "Rep says the clinic left the network in January; no exception possible", "", 22, 9, 4,
            "MS-120377");
    d.rate(d.entry("therapy", 9, 8, 15, Channel::Email, "meridian_cos",
                   "Asked the chief of staff to look at the therapy bills: \"not for my office\"",
                   "", 0, 0, 3),
           1);
    d.step("therapy", EscalationLevel::FrontLine, nullptr, nullptr, EscalationStatus::Planned);
    d.step("therapy", EscalationLevel::Supervisor, "meridian_sup", nullptr,
           EscalationStatus::Planned);
    d.step("therapy", EscalationLevel::Manager, nullptr, nullptr, EscalationStatus::Planned);
}

} // namespace leverage
