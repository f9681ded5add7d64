#include "tests/outcomes/OutcomeFixture.h"

#include "core/domain/Case.h"
#include "core/domain/Commitment.h"
#include "core/domain/Contact.h"
#include "core/domain/EscalationStep.h"
#include "core/domain/Organization.h"
#include "core/domain/TimelineEntry.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/OutcomeFactsReader.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/TimelineRepository.h"

#include <gtest/gtest.h>

namespace leverage::testing {
namespace {

using outcomes::CaseOutcome;
using outcomes::Outcome;
using outcomes::OutcomeItem;
using outcomes::OutcomeItemKind;

constexpr int kEastern = -5 * 3600;

RowId organization(Workspace &ws, const char *name)
{
    Organization o;
    o.name = QString::fromLatin1(name);
    EXPECT_TRUE(ws.organizations().add(o));
    return o.meta.id;
}

RowId addCase(Workspace &ws, const char *title, RowId organizationId, Instant opened, qint64 sought,
              const char *currency)
{
    Case c;
    c.title = QString::fromLatin1(title);
    c.organizationId = organizationId;
    c.openedAt = opened;
    c.amountSoughtCents = sought;
    c.currency = QString::fromLatin1(currency);
    EXPECT_TRUE(ws.cases().add(c));
    return c.meta.id;
}

void entry(Workspace &ws, RowId caseId, Channel channel, Instant at, RowId contactId, int duration,
           int hold, std::optional<int> effort)
{
    TimelineEntry e;
    e.caseId = caseId;
    e.channel = channel;
    e.occurredAt = at;
    e.contactId = contactId;
    e.durationSeconds = duration;
    e.holdSeconds = hold;
    e.effort = effort;
    e.summary = QStringLiteral("Contact");
    EXPECT_TRUE(ws.timeline().add(e));
}

OutcomeItem item(OutcomeItemKind kind, qint64 amount, const char *currency, QDate on)
{
    return OutcomeItem{kind, amount, QString::fromLatin1(currency), on, {}};
}

} // namespace

RowId contact(Workspace &ws, const char *name, RowId organizationId)
{
    Contact c;
    c.name = QString::fromLatin1(name);
    c.organizationId = organizationId;
    EXPECT_TRUE(ws.contacts().add(c));
    return c.meta.id;
}

void promise(Workspace &ws, RowId caseId, RowId contactId, Instant at, CommitmentStatus status)
{
    Commitment c;
    c.caseId = caseId;
    c.contactId = contactId;
    c.what = QStringLiteral("Call back");
    c.madeAt = at;
    c.status = status;
    EXPECT_TRUE(ws.commitments().add(c));
}

outcomes::OutcomeFigures OutcomeFiguresTestBase::figures(const outcomes::OutcomeFilter &filter)
{
    auto facts = OutcomeFactsReader(*ws).read();
    EXPECT_TRUE(facts) << facts.message().toStdString();
    return facts ? outcomes::OutcomeFigures::compute(*facts, filter) : outcomes::OutcomeFigures();
}

Instant eastern(int year, int month, int day, int hour, int minute)
{
    const QDateTime local(QDate(year, month, day), QTime(hour, minute), Qt::OffsetFromUTC,
                          kEastern);
    return Instant::fromUtcMs(local.toMSecsSinceEpoch(), kEastern);
}

OutcomeFixture OutcomeFixture::build(Workspace &ws)
{
    OutcomeFixture f;
    f.acme = organization(ws, "Acme Telecom");
    f.beta = organization(ws, "Beta Bank");
    f.dana = contact(ws, "Dana", f.acme);
    f.eli = contact(ws, "Eli", f.acme);
    f.fay = contact(ws, "Fay", f.beta);

    f.c1 = addCase(ws, "Overbilled", f.acme, eastern(2026, 1, 5, 10), 12000, "USD");
    entry(ws, f.c1, Channel::Call, eastern(2026, 1, 6, 9), f.dana, 1800, 1200, 4);
    entry(ws, f.c1, Channel::Call, eastern(2026, 1, 20, 9), f.eli, 600, 600, 2);
    promise(ws, f.c1, f.dana, eastern(2026, 1, 6, 9), CommitmentStatus::Kept);
    promise(ws, f.c1, f.eli, eastern(2026, 1, 20, 9), CommitmentStatus::Broken);
    EscalationStep step;
    step.caseId = f.c1;
    step.level = EscalationLevel::Supervisor;
    step.contactId = f.eli;
    EXPECT_TRUE(ws.escalation().add(step));
    f.supervisorStep = step.meta.id;

    f.c2 = addCase(ws, "Router never arrived", f.acme, eastern(2026, 2, 1, 22), 8000, "USD");
    entry(ws, f.c2, Channel::Call, eastern(2026, 2, 2, 9), f.dana, 900, 300, 3);
    promise(ws, f.c2, f.dana, eastern(2026, 2, 2, 9), CommitmentStatus::Broken);

    f.c3 = addCase(ws, "Card fee", f.beta, eastern(2026, 1, 10, 9), 3500, "GBP");
    entry(ws, f.c3, Channel::Email, eastern(2026, 1, 11, 9), f.fay, 0, 0, 2);
    promise(ws, f.c3, f.fay, eastern(2026, 1, 11, 9), CommitmentStatus::Kept);

    f.c4 = addCase(ws, "Mortgage letter", f.beta, eastern(2026, 4, 3, 9), 0, "USD");
    f.c5 = addCase(ws, "Parking fine", 0, eastern(2026, 2, 14, 9), 5000, "USD");

    OutcomeRepository outcomes(ws);
    CaseOutcome first{
        f.c1, Outcome::ResolvedMoney, eastern(2026, 2, 10, 12), {}, f.supervisorStep, f.eli, 0, {},
        {}};
    first.items << item(OutcomeItemKind::Refund, 10000, "USD", QDate(2026, 2, 9))
                << item(OutcomeItemKind::Voucher, 2000, "EUR", QDate(2026, 2, 25));
    EXPECT_TRUE(outcomes.setState(f.c1, first, CaseStatus::Closed));
    CaseOutcome second{f.c2, Outcome::NoResponse, eastern(2026, 2, 28, 22), {}, 0, 0, 0, {}, {}};
    EXPECT_TRUE(outcomes.setState(f.c2, second, CaseStatus::Closed));
    CaseOutcome third{
        f.c3, Outcome::FeeWaived, eastern(2026, 1, 15, 9), eastern(2026, 2, 20, 9), 0, f.fay, 0, {},
        {}};
    third.items << item(OutcomeItemKind::WaivedFee, 3500, "GBP", QDate(2026, 1, 15));
    EXPECT_TRUE(outcomes.setState(f.c3, third, CaseStatus::Open));
    CaseOutcome fourth{f.c4, Outcome::ExplanationOnly, eastern(2026, 4, 20, 9), {}, 0, 0, 0, {},
                       {}};
    EXPECT_TRUE(outcomes.setState(f.c4, fourth, CaseStatus::Closed));
    return f;
}

} // namespace leverage::testing
