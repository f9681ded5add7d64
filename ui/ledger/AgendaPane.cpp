#include "ui/ledger/AgendaPane.h"

#include "core/clocks/ClockIcs.h"
#include "core/ledger/BusinessCalendar.h"
#include "core/ledger/IcsExporter.h"
#include "core/services/Clock.h"
#include "core/store/Workspace.h"
#include "ui/common/CurrentRow.h"
#include "ui/common/LoadStateStack.h"
#include "ui/common/OnScreenWatcher.h"
#include "ui/ledger/DialogLedgerPrompts.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/ReportError.h"
#include "ui/models/ledger/AgendaModel.h"
#include "ui/models/ledger/LedgerEditor.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace leverage::ui {

using models::AgendaModel;

AgendaPane::AgendaPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                       QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_editor(new models::LedgerEditor(workspace, undoStack, reporter, this)),
      m_model(new AgendaModel(workspace, this)), m_prompts(std::make_unique<DialogLedgerPrompts>())
{
    m_view = new QTreeView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAccessibleName(tr("Agenda"));
    m_view->header()->setSectionResizeMode(AgendaModel::What, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    spanBuckets();
    m_states = new LoadStateStack(m_view, this);

    m_doneButton = new QPushButton(tr("&Done"), this);
    m_snoozeHourButton = new QPushButton(tr("Snooze &1 h"), this);
    m_snoozeTomorrowButton = new QPushButton(tr("Snooze until tomorrow &9:00"), this);
    m_exportButton = new QPushButton(tr("E&xport calendar…"), this);
    auto *actions = new QHBoxLayout;
    for (auto *button : {m_doneButton, m_snoozeHourButton, m_snoozeTomorrowButton})
        actions->addWidget(button);
    actions->addStretch(1);
    actions->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_states, 1);
    layout->addLayout(actions);

    connect(m_doneButton, &QPushButton::clicked, this, &AgendaPane::markDone);
    connect(m_snoozeHourButton, &QPushButton::clicked, this, &AgendaPane::snoozeOneHour);
    connect(m_snoozeTomorrowButton, &QPushButton::clicked, this, &AgendaPane::snoozeUntilTomorrow);
    connect(m_exportButton, &QPushButton::clicked, this, &AgendaPane::exportCalendar);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AgendaPane::updateActions);
    // A reset (any follow-up change) collapses the tree and drops the selection: restore both.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedFollowUp(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_states->showLoadState(*m_model);
        spanBuckets();
        if (m_keepSelected > 0)
            selectFollowUp(m_keepSelected);
        updateActions();
    });
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(models::IsBucketRole).toBool())
            return;
        const auto contactId = index.data(models::ContactIdRole).value<RowId>();
        if (index.column() == AgendaModel::With && contactId > 0)
            Q_EMIT openContact(contactId);
        else
            Q_EMIT openCase(index.data(models::CaseIdRole).value<RowId>());
    });
    connect(m_states, &LoadStateStack::retryRequested, this, &AgendaPane::ensureLoaded);
    updateActions();
    OnScreenWatcher::callOnce(*this, [this] { ensureLoaded(); });
    // Its models report to the window's error path from the start.
    setErrorReporter(&reporter);
}

void AgendaPane::ensureLoaded()
{
    if (m_model->isLoaded())
        return;
    m_model->ensureLoaded(); // the reset spans and opens the buckets
    if (m_model->loadFailed())
        return;
    for (int column = AgendaModel::Due; column < AgendaModel::ColumnCount; ++column)
        m_view->resizeColumnToContents(column);
}

AgendaPane::~AgendaPane() = default;

void AgendaPane::spanBuckets()
{
    // A bucket row is a heading: open, and written across the whole width.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_view->setFirstColumnSpanned(row, {}, true);
    m_view->expandAll();
}

void AgendaPane::setPrompts(std::unique_ptr<LedgerPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

RowId AgendaPane::selectedFollowUp() const
{
    const QModelIndex row = currentRow(*m_view);
    if (!row.isValid() || row.data(models::IsBucketRole).toBool())
        return 0;
    return row.data(models::IdRole).value<RowId>();
}

bool AgendaPane::selectFollowUp(RowId followUpId)
{
    ensureLoaded();
    const auto index = m_model->indexOf(followUpId);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void AgendaPane::updateActions()
{
    const bool any = selectedFollowUp() > 0;
    for (auto *button : {m_doneButton, m_snoozeHourButton, m_snoozeTomorrowButton})
        button->setEnabled(any);
}

void AgendaPane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_reporter = reporter;
    m_model->setErrorReporter(reporter);
}

void AgendaPane::report(const QString &message)
{
    models::reportError(m_reporter, message);
}

void AgendaPane::markDone()
{
    const RowId id = selectedFollowUp();
    if (id == 0)
        return;
    if (auto status = m_editor->markFollowUpDone(id); !status)
        report(status.message());
}

void AgendaPane::snooze(const QDateTime &until)
{
    const RowId id = selectedFollowUp();
    if (id == 0)
        return;
    if (auto status = m_editor->snoozeFollowUp(id, until); !status)
        report(status.message());
}

void AgendaPane::snoozeOneHour()
{
    snooze(m_workspace.clock().now().addSecs(3600));
}

void AgendaPane::snoozeUntilTomorrow()
{
    snooze(BusinessCalendar::tomorrowAt(m_workspace.clock().now(), QTime(9, 0)));
}

bool AgendaPane::exportCalendar()
{
    const QString path = m_prompts->askCalendarPath(this);
    if (path.isEmpty())
        return false;
    // The clocks' due dates (issue 19) go in with the follow-ups and promises.
    IcsExporter exporter(m_workspace);
    Status status = clocks::ClockIcs::addTo(exporter, m_workspace);
    if (status)
        status = exporter.writeFile(path);
    if (!status) {
        report(status.message());
        return false;
    }
    return true;
}

void AgendaPane::refresh()
{
    m_model->reloadIfLoaded();
}

} // namespace leverage::ui
