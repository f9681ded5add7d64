#include "ui/clocks/ClocksPane.h"

#include "core/clocks/ClockVocabulary.h"
#include "ui/clocks/ClockRulesDialog.h"
#include "ui/clocks/JurisdictionFields.h"
#include "ui/clocks/TriggerDialog.h"
#include "ui/models/clocks/ClockEditor.h"
#include "ui/models/clocks/ClockListModel.h"
#include "ui/models/clocks/ClockLookup.h"
#include "ui/models/common/ErrorReporter.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

using clocks::CaseJurisdiction;

} // namespace

ClocksPane::ClocksPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                       QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undoStack(undoStack), m_reporter(reporter),
      m_editor(std::make_unique<models::ClockEditor>(workspace,
                                                     models::UndoPusher(undoStack, reporter))),
      m_model(new models::ClockListModel(workspace, this)),
      m_where(std::make_unique<JurisdictionFields>(this)),
      m_apply(new QPushButton(tr("Apply"), this)), m_suggestion(new QLabel(this)),
      m_view(new QTableView(this)), m_add(new QPushButton(tr("Add Event…"), this)),
      m_edit(new QPushButton(tr("Edit Event…"), this)),
      m_remove(new QPushButton(tr("Remove Event"), this)),
      m_source(new QPushButton(tr("Source"), this)), m_rules(new QPushButton(tr("Rules…"), this))
{
    setObjectName(QStringLiteral("clocksPane"));
    m_model->setErrorReporter(&reporter);
    m_apply->setObjectName(QStringLiteral("applyJurisdiction"));
    m_suggestion->setObjectName(QStringLiteral("jurisdictionSuggestion"));
    m_suggestion->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("clocksView"));
    m_view->setAccessibleName(tr("Clocks of the case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setTabKeyNavigation(false);

    auto *where = new QHBoxLayout;
    auto *countryLabel = new QLabel(tr("Where:"), this);
    countryLabel->setBuddy(m_where->country());
    auto *sectorLabel = new QLabel(tr("Sector:"), this);
    sectorLabel->setBuddy(m_where->sector());
    where->addWidget(countryLabel);
    where->addWidget(m_where->country(), 1);
    where->addWidget(m_where->region());
    where->addWidget(sectorLabel);
    where->addWidget(m_where->sector(), 1);
    where->addWidget(m_apply);
    auto *buttons = new QHBoxLayout;
    for (auto *button : {m_add, m_edit, m_remove, m_source})
        buttons->addWidget(button);
    buttons->addStretch(1);
    buttons->addWidget(m_rules);
    m_add->setObjectName(QStringLiteral("addClockEvent"));
    m_edit->setObjectName(QStringLiteral("editClockEvent"));
    m_remove->setObjectName(QStringLiteral("removeClockEvent"));
    m_rules->setObjectName(QStringLiteral("clockRules"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(where);
    layout->addWidget(m_suggestion);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connect(m_apply, &QPushButton::clicked, this, &ClocksPane::applyJurisdiction);
    connect(m_add, &QPushButton::clicked, this, &ClocksPane::addEvent);
    connect(m_edit, &QPushButton::clicked, this, &ClocksPane::editEvent);
    connect(m_remove, &QPushButton::clicked, this, &ClocksPane::removeEvent);
    connect(m_source, &QPushButton::clicked, this, &ClocksPane::openSource);
    connect(m_rules, &QPushButton::clicked, this, &ClocksPane::showRules);
    connect(m_view, &QAbstractItemView::activated, this, [this] { editEvent(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        showJurisdiction();
        m_view->resizeColumnsToContents();
        // Narrow enough that the rule, its date and the countdown show in the docked pane
        // (the tooltip has the whole text).
        for (int column = 0; column < m_model->columnCount(); ++column)
            m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), 240));
        updateActions();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClocksPane::updateActions);
    updateActions();
}

ClocksPane::~ClocksPane() = default;

void ClocksPane::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    m_model->setCaseId(caseId);
}

CaseJurisdiction ClocksPane::shownJurisdiction() const
{
    return m_where->value();
}

void ClocksPane::showJurisdiction()
{
    m_suggestion->clear();
    if (m_caseId <= 0)
        return;
    auto where = models::ClockLookup::stored(m_workspace, m_caseId);
    if (!where)
        return;
    CaseJurisdiction shown = *where;
    if (shown.isEmpty()) {
        // Suggested: what the organization's other cases use, else the last one used.
        using From = models::ClockLookup::Suggestion::From;
        const auto suggestion = models::ClockLookup::suggested(
            m_workspace, models::ClockLookup::organizationOf(m_workspace, m_caseId));
        shown = suggestion.where;
        m_suggestion->setText(
            suggestion.from == From::Organization
                ? tr("Suggested from the organization's other cases: Apply to keep it.")
            : suggestion.from == From::LastUsed
                ? tr("Suggested: the last one used. Apply to keep it.")
                : tr("Say where the case is and its sector: the rules that apply follow from "
                     "them."));
    } else if (m_model->rowCount() == 0) {
        // An empty table says nothing: say why, and what would start a clock.
        m_suggestion->setText(
            tr("No rule applies yet to this place and sector. A clock starts from an event you "
               "record (Add Event…): a complaint made, a final response, a referral to a "
               "regulator. Rules… lists every rule."));
    }
    m_where->show(shown);
}

void ClocksPane::applyJurisdiction()
{
    if (m_caseId <= 0)
        return;
    if (auto status = m_editor->setJurisdiction(m_caseId, shownJurisdiction()); !status)
        report(status.message());
}

bool ClocksPane::addEvent()
{
    if (m_caseId <= 0)
        return false;
    return addFrom(newTrigger(), tr("Add Clock Event"));
}

clocks::ClockTrigger ClocksPane::newTrigger() const
{
    clocks::ClockTrigger trigger;
    trigger.caseId = m_caseId;
    trigger.event = QStringLiteral("complaint");
    return trigger;
}

bool ClocksPane::addFrom(const clocks::ClockTrigger &trigger, const QString &title)
{
    TriggerDialog dialog(m_workspace, trigger, this);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto added = m_editor->addTrigger(dialog.trigger());
    if (!added)
        report(added.message());
    return added.isOk();
}

bool ClocksPane::markEntry(RowId entryId)
{
    if (m_caseId <= 0 || entryId <= 0)
        return false;
    auto entry = models::ClockLookup::entry(m_workspace, entryId);
    if (!entry) {
        report(entry.message());
        return false;
    }
    clocks::ClockTrigger trigger = newTrigger();
    trigger.entryId = entryId;
    trigger.sentOn = entry->date;
    return addFrom(trigger, tr("Mark as Clock Trigger"));
}

bool ClocksPane::editEvent()
{
    const QModelIndex current = m_view->currentIndex();
    const RowId triggerId = current.data(models::ClockListModel::TriggerIdRole).toLongLong();
    if (triggerId <= 0)
        return addEvent();
    auto stored = models::ClockLookup::trigger(m_workspace, triggerId);
    if (!stored) {
        report(stored.message());
        return false;
    }
    TriggerDialog dialog(m_workspace, *stored, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    auto status = m_editor->editTrigger(dialog.trigger());
    if (!status)
        report(status.message());
    return status.isOk();
}

void ClocksPane::removeEvent()
{
    const RowId triggerId =
        m_view->currentIndex().data(models::ClockListModel::TriggerIdRole).toLongLong();
    if (triggerId <= 0)
        return;
    if (auto status = m_editor->removeTrigger(triggerId); !status)
        report(status.message());
}

void ClocksPane::showRules()
{
    ClockRulesDialog dialog(m_workspace, *m_editor, this);
    dialog.exec();
}

void ClocksPane::openSource()
{
    const QString url =
        m_view->currentIndex().data(models::ClockListModel::SourceUrlRole).toString();
    if (!url.isEmpty())
        QDesktopServices::openUrl(QUrl(url));
}

void ClocksPane::updateActions()
{
    const bool hasCase = m_caseId > 0;
    const QModelIndex current = m_view->currentIndex();
    const bool hasTrigger = current.data(models::ClockListModel::TriggerIdRole).toLongLong() > 0;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_where->country()), static_cast<QWidget *>(m_where->region()),
          static_cast<QWidget *>(m_where->sector()), static_cast<QWidget *>(m_apply),
          static_cast<QWidget *>(m_add)})
        widget->setEnabled(hasCase);
    m_edit->setEnabled(hasTrigger);
    m_remove->setEnabled(hasTrigger);
    m_source->setEnabled(current.isValid());
}

void ClocksPane::report(const QString &message)
{
    m_reporter.reportError(message);
}

} // namespace leverage::ui
