#include "core/clocks/ClockIcs.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/clocks/ClockVocabulary.h"

#include "core/ledger/IcsExporter.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage::clocks {

QList<IcsDayEvent> ClockIcs::events(const QList<CaseClock> &clocks,
                                    const QHash<RowId, QString> &caseTitles)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("leverage", text); };
    QList<IcsDayEvent> events;
    for (const auto &clock : clocks) {
        if (!clock.dueDate.isValid())
            continue;
        IcsDayEvent event;
        event.uid = QStringLiteral("clock-%1-%2@leverage").arg(clock.caseId).arg(clock.rule.id);
        event.date = clock.dueDate;
        event.summary = tr("%1: %2").arg(
            clock.rule.body.isEmpty() ? clock.rule.title : clock.rule.body, clock.rule.title);
        QStringList description{tr("Case: %1").arg(caseTitles.value(clock.caseId)),
                                tr("Counted from: %1, %2")
                                    .arg(ClockVocabulary::eventLabel(clock.rule.trigger),
                                         ClockText::date(clock.triggerDate)),
                                tr("Then: %1").arg(clock.rule.effect),
                                tr("Legal basis: %1").arg(clock.rule.legalBasis),
                                tr("Source: %1").arg(clock.rule.sourceUrl)};
        if (clock.rule.confidence == ClockRule::Confidence::Unconfirmed)
            description << tr("Unconfirmed: %1").arg(clock.rule.note);
        event.description = description.join(QLatin1Char('\n'));
        event.category = tr("Clock");
        events << event;
    }
    return events;
}

Status ClockIcs::addTo(IcsExporter &exporter, Workspace &workspace, RowId caseId, bool withLedger)
{
    ClockService service(workspace);
    auto clocks = caseId > 0 ? service.forCase(caseId) : service.all();
    if (!clocks)
        return clocks.status();
    QHash<RowId, QString> titles;
    for (const auto &clock : *clocks) {
        if (titles.contains(clock.caseId) || !clock.dueDate.isValid())
            continue;
        auto theCase = workspace.cases().get(clock.caseId);
        if (!theCase)
            return theCase.status();
        titles.insert(clock.caseId, theCase->title);
    }
    exporter.addDayEvents(events(*clocks, titles), withLedger);
    return {};
}

} // namespace leverage::clocks
