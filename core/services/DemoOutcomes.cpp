#include "core/services/DemoOutcomes.h"

#include "core/outcomes/CaseOutcome.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/OutcomeRepository.h"
#include "core/store/Workspace.h"

namespace leverage {
namespace {

using outcomes::CaseOutcome;
using outcomes::Outcome;
using outcomes::OutcomeItem;
using outcomes::OutcomeItemKind;

struct DemoOutcome
{
    const char *handle;
    Outcome outcome;
    int closedDaysAgo;
    EscalationLevel resolvedAt;
    std::initializer_list<std::tuple<OutcomeItemKind, qint64, int>> items; // kind, cents, days ago
};

} // namespace

Status addDemoOutcomes(Workspace &workspace, const std::function<RowId(const char *)> &caseId)
{
    const QDateTime now = workspace.clock().now();
    const DemoOutcome all[] = {
        {"hotel",
         Outcome::ResolvedMoney,
         27,
         EscalationLevel::ExecutiveOffice,
         {{OutcomeItemKind::Refund, 21200, 27}, {OutcomeItemKind::Voucher, 7500, 36}}},
        {"dsl",
         Outcome::ResolvedCredit,
         80,
         EscalationLevel::Manager,
         {{OutcomeItemKind::GoodwillCredit, 15000, 80}}},
    };
    OutcomeRepository repository(workspace);
    for (const auto &demo : all) {
        CaseOutcome record;
        record.caseId = caseId(demo.handle);
        record.outcome = demo.outcome;
        QDateTime closed = now.addDays(-demo.closedDaysAgo);
        closed.setTime(QTime(17, 30));
        record.closedAt = Instant::fromDateTime(closed);
        // What resolved it: the step at that level, and the person there.
        auto steps = workspace.escalation().forCase(record.caseId);
        if (!steps)
            return steps.status();
        for (const auto &step : *steps)
            if (step.level == demo.resolvedAt) {
                record.resolvedByStepId = step.meta.id;
                record.resolvedByContactId = step.contactId;
            }
        for (const auto &[kind, cents, daysAgo] : demo.items)
            record.items << OutcomeItem{
                kind, cents, QStringLiteral("USD"), now.addDays(-daysAgo).date(), {}};
        // The status the demo gave the case stays (the hotel case reads "Resolved").
        auto theCase = workspace.cases().get(record.caseId);
        if (!theCase)
            return theCase.status();
        if (auto status = repository.setState(record.caseId, record, theCase->status); !status)
            return status;
    }
    return {};
}

} // namespace leverage
