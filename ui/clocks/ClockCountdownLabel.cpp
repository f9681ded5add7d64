#include "ui/clocks/ClockCountdownLabel.h"

#include "core/clocks/ClockService.h"
#include "core/clocks/ClockText.h"
#include "core/store/Workspace.h"

namespace leverage::ui {

using clocks::CaseClock;

ClockCountdownLabel::ClockCountdownLabel(Workspace &workspace, QWidget *parent)
    : QLabel(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("caseClocks"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(&m_workspace, &Workspace::caseChanged, this, [this](RowId id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&m_workspace, &Workspace::bulkChange, this, &ClockCountdownLabel::refresh);
    hide();
}

void ClockCountdownLabel::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    refresh();
}

void ClockCountdownLabel::refresh()
{
    clear();
    setVisible(false);
    if (m_caseId <= 0)
        return;
    clocks::ClockService service(m_workspace);
    auto all = service.forCase(m_caseId);
    if (!all) {
        setText(tr("The clocks could not be read: %1").arg(all.message()));
        setVisible(true);
        return;
    }
    const QDate today = service.today();
    // Each route's next running clock, and any door that opened in the last fortnight.
    QList<CaseClock> shown = clocks::ClockService::nextPerRoute(*all);
    for (const auto &clock : std::as_const(*all))
        if (clock.state == CaseClock::State::Open && clock.daysLeft(today) > -14)
            shown.prepend(clock);
    QStringList parts;
    for (const auto &clock : std::as_const(shown))
        parts << clocks::ClockText::summary(clock, today);
    if (parts.isEmpty())
        return;
    setText(tr("Clocks: %1").arg(parts.join(QStringLiteral(" · "))));
    setVisible(true);
}

} // namespace leverage::ui
