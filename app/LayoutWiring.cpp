#include "app/LayoutWiring.h"

#include "app/ClocksWiring.h"
#include "app/EvidenceWiring.h"
#include "app/FeatureWiring.h"
#include "app/LetterWiring.h"
#include "ui/cases/CasesPane.h"
#include "ui/window/DockArrangement.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QMenu>

namespace leverage::app {

LayoutWiring::LayoutWiring(ui::MainWindow &window, FeatureWiring &features,
                           EvidenceWiring &evidence)
    : QObject(&window), m_window(window), m_features(features), m_evidence(evidence)
{
    struct Item
    {
        QString text;
        const char *name;
        QString tip;
    };
    // Alt+1…4: Ctrl+1…9 go to a pane, and Ctrl+Alt+digit is AltGr+digit on many keyboards.
    const Item items[] = {
        {tr("&Calm"), "layoutCalm", tr("The cases, the case's timeline and the call notes only")},
        {tr("&On a Call"), "layoutOnACall", tr("The call notes large beside the timeline")},
        {tr("&Reviewing"), "layoutReviewing",
         tr("The timeline with the attachments, the contact's page, promises and letters")},
        {tr("&Planning"), "layoutPlanning",
         tr("The escalation path and clocks, the agenda, promises and gateways")},
    };
    QMenu *menu = m_window.viewMenu()->addMenu(tr("&Layout"));
    menu->setObjectName(QStringLiteral("layoutMenu"));
    int number = 1;
    for (const auto &item : items) {
        auto *action = new QAction(item.text, &m_window);
        action->setObjectName(QString::fromLatin1(item.name));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(item.tip);
        action->setStatusTip(item.tip);
        const auto preset = Preset(number - 1);
        connect(action, &QAction::triggered, this, [this, preset] { apply(preset); });
        m_window.addAction(action); // works while the menu bar is hidden, too
        menu->addAction(action);
        m_actions.push_back(action);
        ++number;
    }
    if (!m_window.hasSavedLayout())
        apply(Preset::Calm);
}

void LayoutWiring::apply(Preset preset)
{
    using Place = ui::DockArrangement::Place;
    auto *cases = m_window.casesDock();
    auto *calls = m_features.callNotesDock();
    const auto top = Qt::TopDockWidgetArea;
    const auto right = Qt::RightDockWidgetArea;
    const auto bottom = Qt::BottomDockWidgetArea;
    const int sections = m_window.casesPane() ? m_window.casesPane()->sectionsHeight() : 0;
    ui::DockArrangement arrangement;
    switch (preset) {
    case Preset::Calm:
        arrangement.shown = {Place{cases, top, nullptr, 26, sections},
                             Place{calls, right, nullptr, 30}};
        break;
    case Preset::OnACall:
        arrangement.shown = {Place{cases, top, nullptr, 18, sections},
                             Place{calls, right, nullptr, 50}};
        break;
    case Preset::Reviewing: {
        auto *attachments = m_evidence.attachmentsDock();
        auto *ledger = m_features.ledgerDock();
        arrangement.shown = {Place{cases, top, nullptr, 24, sections},
                             Place{attachments, right, nullptr, 30},
                             Place{m_features.contactPageDock(), right, attachments},
                             Place{ledger, bottom, nullptr, 26},
                             Place{m_features.letters()->dock(), bottom, ledger}};
        break;
    }
    case Preset::Planning: {
        auto *escalation = m_features.escalationDock();
        auto *agenda = m_features.agendaDock();
        arrangement.shown = {Place{cases, top, nullptr, 22, sections},
                             Place{escalation, right, nullptr, 32},
                             Place{m_features.clocks()->dock(), right, escalation},
                             Place{agenda, bottom, nullptr, 28},
                             Place{m_features.ledgerDock(), bottom, agenda},
                             Place{m_features.gatewayDock(), bottom, agenda}};
        break;
    }
    }
    ui::arrangeDocks(m_window, arrangement);
}

} // namespace leverage::app
