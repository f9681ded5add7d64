#include "core/dossier/DossierClocks.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/clocks/ClockVocabulary.h"
#include "core/dossier/DossierContent.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

namespace leverage {
namespace {

using T = DossierText;

} // namespace

QString DossierClocks::title()
{
    return tr("Clocks");
}

QList<DossierData::ClockRow> DossierClocks::rows(Workspace &workspace, RowId caseId)
{
    clocks::ClockService service(workspace);
    auto computed = service.forCase(caseId);
    if (!computed) {
        logging::get("dossier")->warn("clocks of case {} not read: printed without them", caseId);
        return {};
    }
    const QDate today = service.today();
    QList<DossierData::ClockRow> rows;
    for (const auto &clock : std::as_const(*computed)) {
        const auto &rule = clock.rule;
        DossierData::ClockRow row;
        row.rule = rule.title;
        row.route = clocks::ClockVocabulary::routeLabel(rule.route);
        row.from = clocks::ClockText::trigger(clock);
        row.due = clocks::ClockText::date(clock.dueDate);
        row.state = clocks::ClockText::countdown(clock, today);
        row.then = rule.effect;
        row.basis = tr("%1. %2 (%3)")
                        .arg(rule.legalBasis, rule.sourceUrl, clocks::ClockText::confidence(rule));
        rows << row;
    }
    return rows;
}

void DossierClocks::append(const QList<DossierData::ClockRow> &rows, int section, DossierFlow &flow)
{
    flow.append(DossierContent::heading(title(), 2, section));
    DossierTable table;
    table.widths = {22, 20, 14, 22, 22};
    table.header = DossierContent::headerRow(
        {tr("Rule"), tr("Counted from"), tr("Date"), tr("Then"), tr("Legal basis and source")});
    table.rowCount = int(rows.size());
    table.row = [rows](int i) {
        const auto &clock = rows.at(i);
        T rule(clock.rule);
        rule.addLine(clock.route, T::Small);
        T due(clock.due);
        due.addLine(clock.state, T::Small);
        return DossierRow{
            {{rule}, {T(clock.from)}, {due}, {T(clock.then)}, {T(clock.basis, T::Small)}}};
    };
    flow.append(DossierContent::table(std::move(table)));
}

} // namespace leverage
