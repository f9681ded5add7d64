#include "core/services/DemoWorkspaceBuilder.h"

#include "core/letters/LetterDrafter.h"
#include "core/services/Clock.h"
#include "core/services/DemoOutcomes.h"
#include "core/store/CaseJurisdictionRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ClockTriggerRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/LetterRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <tuple>
#include <utility>

namespace leverage {
namespace {

// The builder's working state: what was created so far, by a short handle.
class Demo
{
public:
    explicit Demo(Workspace &workspace)
        : m_ws(workspace), m_now(workspace.clock().now()), m_random(20260301)
    {
    }

    Status status() const { return m_status; }
    int entryCount() const { return m_entries; }

    RowId organization(const char *handle, const char *name, const char *kind, const char *phone)
    {
        Organization o;
        o.name = QString::fromUtf8(name);
        o.kind = QString::fromUtf8(kind);
        o.phone = QString::fromUtf8(phone);
        keep(m_ws.organizations().add(o));
        m_ids.insert(QString::fromLatin1(handle), o.meta.id);
        return o.meta.id;
    }

    void link(const char *from, const char *to, const char *relation)
    {
        keep(m_ws.organizations().link({id(from), id(to), QString::fromUtf8(relation)}));
    }

    RowId contact(const char *handle, const char *organizationHandle, const char *name,
                  const char *position, const char *supervisorHandle = nullptr,
                  const char *directLine = "", const char *extension = "")
    {
        Contact c;
        c.organizationId = id(organizationHandle);
        c.supervisorId = supervisorHandle ? id(supervisorHandle) : 0;
        c.name = QString::fromUtf8(name);
        c.position = QString::fromUtf8(position);
        c.directLine = QString::fromUtf8(directLine);
        c.extension = QString::fromUtf8(extension);
        keep(m_ws.contacts().add(c));
        m_ids.insert(QString::fromLatin1(handle), c.meta.id);
        m_contacts.insert(c.meta.id, c);
        return c.meta.id;
    }

    void gateway(const char *handle, const char *rules, const char *notes)
    {
        auto c = m_ws.contacts().get(id(handle));
        if (!c)
            return keep(c.status());
        c->isGateway = true;
        c->rulesOfEngagement = QString::fromUtf8(rules);
        c->notes = QString::fromUtf8(notes);
        keep(m_ws.contacts().update(*c));
    }

    RowId openCase(const char *handle, const char *title, const char *organizationHandle,
                   int daysAgo, const char *reference, const char *desired, qint64 soughtCents)
    {
        Case c;
        c.title = QString::fromUtf8(title);
        c.organizationId = id(organizationHandle);
        c.reference = QString::fromUtf8(reference);
        c.desiredOutcome = QString::fromUtf8(desired);
        c.amountSoughtCents = soughtCents;
        c.openedAt = at(daysAgo, 9, 15);
        keep(m_ws.cases().add(c));
        m_ids.insert(QString::fromLatin1(handle), c.meta.id);
        return c.meta.id;
    }

    void closeCase(const char *handle, CaseStatus status, const char *outcome, qint64 recovered)
    {
        auto c = m_ws.cases().get(id(handle));
        if (!c)
            return keep(c.status());
        c->status = status;
        c->outcome = QString::fromUtf8(outcome);
        c->amountRecoveredCents = recovered;
        keep(m_ws.cases().update(*c));
    }

    void involve(const char *caseHandle, const char *organizationHandle, const char *role)
    {
        keep(m_ws.cases().setInvolvedOrganizations(
            id(caseHandle), {{id(organizationHandle), QString::fromUtf8(role)}}));
    }

    // The case's organizations in order: (handle, role, handle of who referred it or nullptr).
    void organizationsOf(
        const char *caseHandle,
        std::initializer_list<std::tuple<const char *, const char *, const char *>> organizations)
    {
        QList<CaseOrganization> rows;
        for (const auto &[handle, role, referrer] : organizations)
            rows.append({id(handle), QString::fromUtf8(role), referrer ? id(referrer) : 0});
        keep(m_ws.cases().setInvolvedOrganizations(id(caseHandle), rows));
    }

    // Everyone else on an entry, and who was sent a copy of it.
    void others(RowId entryId, std::initializer_list<const char *> participants,
                std::initializer_list<const char *> copied = {})
    {
        QList<EntryParticipant> people;
        for (const auto &[handles, cc] : {std::pair{participants, false}, std::pair{copied, true}})
            for (const char *handle : handles) {
                const auto &c = m_contacts.value(id(handle));
                people.append({c.meta.id, c.name, c.position, {}, {}, cc});
            }
        keep(m_ws.timeline().setParticipants(entryId, people));
    }

    // One entry on a case's timeline; returns its id for commitments made in it.
    RowId entry(const char *caseHandle, int daysAgo, int hour, int minute, Channel channel,
                const char *contactHandle, const char *summary, const char *notes = "",
                int durationMinutes = 0, int holdMinutes = 0, int effort = 0,
                const char *reference = "", bool serviceFailure = false)
    {
        TimelineEntry e;
        e.caseId = id(caseHandle);
        e.channel = channel;
        e.occurredAt = at(daysAgo, hour, minute);
        e.durationSeconds = durationMinutes * 60;
        e.holdSeconds = holdMinutes * 60;
        if (contactHandle) {
            e.contactId = id(contactHandle);
            e.personName = m_contacts.value(e.contactId).name;
            e.personPosition = m_contacts.value(e.contactId).position;
        }
        e.summary = QString::fromUtf8(summary);
        e.notes = QString::fromUtf8(notes);
        if (effort > 0)
            e.effort = effort;
        e.referenceNumber = QString::fromUtf8(reference);
        e.serviceFailure = serviceFailure;
        keep(m_ws.timeline().add(e));
        ++m_entries;
        return e.meta.id;
    }

    // How helpful the person was in that entry (1 unhelpful … 5 very helpful).
    void rate(RowId entryId, int helpfulness)
    {
        auto e = m_ws.timeline().get(entryId);
        if (!e)
            return keep(e.status());
        e->helpfulness = helpfulness;
        keep(m_ws.timeline().update(*e));
    }

    void promise(const char *caseHandle, RowId entryId, const char *contactHandle, const char *what,
                 int madeDaysAgo, int dueDaysAgo, CommitmentStatus status,
                 const char *statusNote = "")
    {
        Commitment c;
        c.caseId = id(caseHandle);
        c.entryId = entryId;
        c.contactId = id(contactHandle);
        c.madeByName = m_contacts.value(c.contactId).name;
        c.what = QString::fromUtf8(what);
        c.madeAt = at(madeDaysAgo, 11, 0);
        c.dueAt = at(dueDaysAgo, 17, 0);
        c.status = status;
        if (status != CommitmentStatus::Pending)
            c.statusChangedAt = at(dueDaysAgo > 0 ? dueDaysAgo - 1 : 0, 9, 30);
        c.statusNote = QString::fromUtf8(statusNote);
        keep(m_ws.commitments().add(c));
    }

    // A follow-up at `hour`, or in a window from `hour` to `untilHour`.
    RowId followUp(const char *caseHandle, const char *contactHandle, const char *what,
                   int dueDaysAgo, int hour, int untilHour = -1, RowId commitmentId = 0)
    {
        FollowUp f;
        f.caseId = id(caseHandle);
        f.contactId = contactHandle ? id(contactHandle) : 0;
        f.commitmentId = commitmentId;
        f.what = QString::fromUtf8(what);
        f.setDue(untilHour < 0
                     ? DueWindow::moment(at(dueDaysAgo, hour, 0))
                     : DueWindow::window(at(dueDaysAgo, hour, 0), at(dueDaysAgo, untilHour, 0)));
        keep(m_ws.followUps().add(f));
        return f.meta.id;
    }

    // "The supervisor is not in and will call back between … and …", said the rep: the rep's
    // commitment, the supervisor will act, and the callback on the agenda with the supervisor.
    void callbackPromised(const char *caseHandle, RowId entryId, const char *byHandle,
                          const char *actorHandle, const char *what, int madeDaysAgo,
                          int dueDaysAgo, int fromHour, int untilHour)
    {
        Commitment c;
        c.caseId = id(caseHandle);
        c.entryId = entryId;
        c.contactId = id(byHandle);
        c.madeByName = m_contacts.value(c.contactId).name;
        c.actorId = id(actorHandle);
        c.actorName = m_contacts.value(c.actorId).name;
        c.what = QString::fromUtf8(what);
        c.madeAt = at(madeDaysAgo, 16, 20);
        c.setDue(DueWindow::window(at(dueDaysAgo, fromHour, 0), at(dueDaysAgo, untilHour, 0)));
        c.statusChangedAt = c.madeAt;
        keep(m_ws.commitments().add(c));
        followUp(caseHandle, actorHandle, what, dueDaysAgo, fromHour, untilHour, c.meta.id);
    }

    // A done step is dated when the case moved past it (`doneDaysAgo`), as a user records it.
    void step(const char *caseHandle, EscalationLevel level, const char *contactHandle,
              const char *organizationHandle, EscalationStatus status, int doneDaysAgo = -1,
              const char *note = "")
    {
        Q_ASSERT((status == EscalationStatus::Done) == (doneDaysAgo >= 0));
        EscalationStep s;
        s.caseId = id(caseHandle);
        s.level = level;
        s.contactId = contactHandle ? id(contactHandle) : 0;
        s.organizationId = organizationHandle ? id(organizationHandle) : 0;
        s.status = status;
        s.note = QString::fromUtf8(note);
        if (status == EscalationStatus::Done)
            s.doneAt = at(doneDaysAgo, 17, 30);
        keep(m_ws.escalation().append(s));
    }

    // Routine traffic around the key events: status checks, acknowledgements, reminders.
    void routine(const char *caseHandle, int fromDaysAgo, int toDaysAgo, int count,
                 const QList<const char *> &contactHandles)
    {
        static const char *const kSummaries[] = {
            "Status check: told the file is \"with the back office\"",
            "Automated acknowledgement of my e-mail",
            "Asked for the reference number again; given the same one",
            "Hold music, then transferred to the wrong department",
            "Rep read back the account notes; nothing new added",
            "Sent a reminder with the timeline so far attached",
            "Chat: agent promised to escalate internally",
            "Left a voicemail with the case reference and my number",
            "Confirmed mailing address and the amount in dispute",
            "Reply: \"we are looking into it\"",
        };
        static const Channel kChannels[] = {
            Channel::Call,  Channel::Email, Channel::Call, Channel::Call, Channel::Call,
            Channel::Email, Channel::Chat,  Channel::Call, Channel::Call, Channel::Email};
        for (int i = 0; i < count; ++i) {
            const int pick = int(m_random.bounded(10));
            const int day = fromDaysAgo - int((fromDaysAgo - toDaysAgo) * (i + 0.5) / count);
            const auto *who = contactHandles.at(int(m_random.bounded(contactHandles.size())));
            const bool call = kChannels[pick] == Channel::Call;
            const int minutes = call ? 4 + int(m_random.bounded(30)) : 0;
            entry(caseHandle, day, 9 + int(m_random.bounded(8)), int(m_random.bounded(60)),
                  kChannels[pick], who, kSummaries[pick], "", minutes,
                  call ? int(m_random.bounded(minutes / 2)) : 0, 1 + int(m_random.bounded(4)));
        }
    }

    RowId id(const char *handle) const { return m_ids.value(QString::fromLatin1(handle)); }
    void keep(const Status &status)
    {
        if (m_status && !status)
            m_status = status;
    }

private:
    Instant at(int daysAgo, int hour, int minute) const
    {
        auto local = m_now.addDays(-daysAgo);
        local.setTime(QTime(hour, minute));
        return Instant::fromDateTime(local);
    }
    Workspace &m_ws;
    QDateTime m_now;
    QRandomGenerator m_random;
    Status m_status;
    QHash<QString, RowId> m_ids;
    QHash<RowId, Contact> m_contacts;
    int m_entries = 0;
};

void addOrganizationsAndPeople(Demo &d)
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

void addReimbursementCase(Demo &d)
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

void addApplianceCase(Demo &d)
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
void addInstallerToApplianceCase(Demo &d)
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

void addDslCase(Demo &d)
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

void addInsurerCase(Demo &d)
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
void addTherapyCase(Demo &d)
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

// Clocks (issue 19): a UK bank complaint the bank received 27 days ago (the letter went the day
// before): the Financial Ombudsman's door opens eight weeks after receipt, in 29 days (on the
// scenarios' clock, 2 Mar 2026: received 3 Feb, opens 31 Mar).
void addUkBankCase(Demo &d, Workspace &workspace)
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

// Letters (issue 18): the user's details, and one letter of each kind drafted from the cases;
// the e-mail to the chief of staff and the thank-you to the technician were sent (each is the
// timeline entry the case already has for it).
Status addLetters(Demo &d, Workspace &workspace)
{
    LetterSettingsRepository settings(workspace);
    if (auto status = settings.setMyDetails(
            {QStringLiteral("Alex Rivera"), QStringLiteral("12 Elm Street\nSpringfield IL 62704"),
             QStringLiteral("+1 217 555 0199"), QStringLiteral("alex.rivera@example.org")});
        !status)
        return status;
    if (auto status = settings.setCaseNumbers(
            d.id("mri"), {{QStringLiteral("Policy"), QStringLiteral("MMH-5521-09")}});
        !status)
        return status;
    struct Planned
    {
        LetterKind kind;
        const char *caseHandle;
        const char *to;
        const char *sentAs; // the summary of the entry that sent it; null: a draft
        LetterChannel channel;
    };
    const Planned planned[] = {
        {LetterKind::Complaint, "mri", "meridian_sup", nullptr, LetterChannel::None},
        {LetterKind::Escalation, "mri", "meridian_cos",
         "Second e-mail to the chief of staff: no answer after a week", LetterChannel::Email},
        {LetterKind::BrokenPromise, "mri", "meridian_rep", nullptr, LetterChannel::None},
        {LetterKind::FinalResponseRequest, "mri", "meridian_cos", nullptr, LetterChannel::None},
        {LetterKind::RegulatorComplaint, "mri", "stateins_officer", nullptr, LetterChannel::None},
        {LetterKind::ThankYou, "dsl", "crest_tech",
         "Thank-you letter for Marcus Bell, copied to his manager", LetterChannel::Post},
    };
    LetterDrafter drafter(workspace);
    LetterRepository letters(workspace);
    for (const auto &p : planned) {
        LetterFactsReader::Request request{d.id(p.caseHandle), p.kind, LetterTone::Courteous,
                                           d.id(p.to),         0,      14};
        RowId sentBy = 0; // the entry that sent it
        Instant sentAt;
        if (p.sentAs) {
            auto entries = workspace.timeline().forCase(request.caseId);
            if (!entries)
                return entries.status();
            for (const auto &entry : *entries)
                if (entry.summary == QString::fromUtf8(p.sentAs)) {
                    sentBy = entry.meta.id;
                    sentAt = entry.occurredAt;
                }
            request.tone = LetterTone::Firm;
        }
        // A sent one is dated the day it went out.
        auto letter = drafter.draft(request, sentBy > 0 ? sentAt.toDateTime() : QDateTime());
        if (!letter)
            return letter.status();
        if (sentBy > 0) {
            letter->state = LetterState::Sent;
            letter->channel = p.channel;
            letter->sentAt = sentAt;
            letter->entryId = sentBy;
        }
        if (auto status = letters.add(*letter); !status)
            return status;
    }
    return {};
}
} // namespace

Status DemoWorkspaceBuilder::build()
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Demo demo(m_workspace);
    addOrganizationsAndPeople(demo);
    addReimbursementCase(demo);
    addApplianceCase(demo);
    addInstallerToApplianceCase(demo);
    addDslCase(demo);
    addInsurerCase(demo);
    addTherapyCase(demo);
    addUkBankCase(demo, m_workspace);
    if (!demo.status())
        return demo.status();
    if (auto status = addLetters(demo, m_workspace); !status)
        return status;
    if (auto status = addDemoOutcomes(m_workspace, [&demo](const char *h) { return demo.id(h); });
        !status)
        return status;
    if (auto status = transaction.commit(); !status)
        return status;
    Q_EMIT m_workspace.bulkChange();
    logging::get("store")->info("demo workspace built: {} entries in {} ms", demo.entryCount(),
                                timer.elapsed());
    return {};
}

} // namespace leverage
