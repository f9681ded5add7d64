#include "ui/ledger/LedgerPane.h"

#include "ui/common/AdaptiveColumns.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/CurrentRow.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/FindBar.h"
#include "ui/common/FocusForwarder.h"
#include "ui/common/LoadStateStack.h"
#include "ui/common/OnScreenWatcher.h"
#include "ui/ledger/DialogLedgerPrompts.h"
#include "ui/ledger/TrackRecordLabel.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/models/common/ReportError.h"
#include "ui/models/ledger/LedgerEditor.h"
#include "ui/models/ledger/LedgerFilterModel.h"
#include "ui/models/ledger/LedgerModel.h"
#include "ui/models/ledger/TrackRecordModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace leverage::ui {

using models::LedgerFilterModel;
using models::LedgerModel;

LedgerPane::LedgerPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                       QWidget *parent)
    : QWidget(parent), m_editor(new models::LedgerEditor(workspace, undoStack, reporter, this)),
      m_model(new LedgerModel(workspace, this)), m_filter(new LedgerFilterModel(this)),
      m_trackRecords(new models::TrackRecordModel(workspace, this)),
      m_prompts(std::make_unique<DialogLedgerPrompts>())
{
    m_filter->setSourceModel(m_model);

    auto *bar = new QWidget(this);
    buildFilterBar(bar);

    m_view = new QTableView(this);
    // A list of records, not a sheet to fill: arrows go along it, Tab leaves it.
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(LedgerModel::Due, Qt::AscendingOrder);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The promise's words stretch; in a narrow pane the dates of record and the position give
    // way first (the case's own commitments table shows them).
    m_columns = new AdaptiveColumns(m_view->horizontalHeader(), LedgerModel::What, 220,
                                    {LedgerModel::StatusChanged, LedgerModel::Made,
                                     LedgerModel::Position, LedgerModel::Organization});
    columns::enableChooser(m_view->horizontalHeader(),
                           [this](int column) { m_columns->pin(column); });
    // Going to the ledger (Ctrl+6) puts the cursor on the promises, not on a filter.
    FocusForwarder::of(this).setTarget(m_view);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setAccessibleName(tr("Promises"));
    m_states = new LoadStateStack(m_view, this);
    m_states->emptyState();

    m_keptButton = new QPushButton(tr("Mark &kept…"), this);
    m_brokenButton = new QPushButton(tr("Mark &broken…"), this);
    m_personRecord = new TrackRecordLabel(this);
    m_personRecord->setModel(m_trackRecords, models::TrackRecordModel::Person);
    m_organizationRecord = new TrackRecordLabel(this);
    m_organizationRecord->setModel(m_trackRecords, models::TrackRecordModel::Organization);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_keptButton);
    actions->addWidget(m_brokenButton);
    actions->addStretch(1);
    auto *records = new QVBoxLayout;
    records->addWidget(m_personRecord);
    records->addWidget(m_organizationRecord);
    actions->addLayout(records);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(new FindBar(*m_view, this));
    layout->addWidget(m_states, 1);
    layout->addLayout(actions);

    connect(m_keptButton, &QPushButton::clicked, this, &LedgerPane::markKept);
    connect(m_brokenButton, &QPushButton::clicked, this, &LedgerPane::markBroken);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LedgerPane::selectionChanged);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openCase(index.data(models::CaseIdRole).value<RowId>());
    });
    connect(m_states, &LoadStateStack::retryRequested, this, &LedgerPane::ensureLoaded);
    // Whatever changes the shown rows: a reload, an edit, a filter. The source's removal is
    // followed too: the proxy drops its row before the source has, so at the proxy's signal
    // the source still counts it.
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LedgerPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LedgerPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LedgerPane::updateEmptyState);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LedgerPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LedgerPane::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPane::fillFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LedgerPane::fillFilterChoices);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &LedgerPane::fillFilterChoices);
    // A renamed person or organization, or a status change, changes the choices and the
    // selected promise's track record.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &LedgerPane::fillFilterChoices);
    // Columns follow their values: a ledger that was empty when first shown had them sized to
    // the headers alone, and the first promise then read "1 De…", "Kev…".
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &LedgerPane::fitColumns);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LedgerPane::fitColumns);

    fillFilterChoices();
    selectionChanged();
    OnScreenWatcher::callOnce(*this, [this] { ensureLoaded(); });
    // Its models report to the window's error path from the start.
    setErrorReporter(&reporter);
}

void LedgerPane::ensureLoaded()
{
    if (m_model->isLoaded())
        return;
    m_model->ensureLoaded(); // the reset fills the filter choices
    if (m_model->loadFailed())
        return;
    // A box sizes itself to its choices when first shown; a tab brought up later was shown
    // (out of sight) before its choices came, so size them to their choices now.
    for (auto *box : {m_organizationFilter, m_personFilter}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContentsOnFirstShow);
    }
}

LedgerPane::~LedgerPane() = default;

void LedgerPane::fitColumns()
{
    // Each column as wide as its values, long case titles elided (the full text is in the
    // tooltip), so that the due date and status stay in view; the promise takes the rest.
    // The due date, the one value a user scans the ledger for, is never cut.
    constexpr int kWidest = 180;
    constexpr int kWidestDue = 260;
    for (int column = 0; column < LedgerModel::ColumnCount; ++column) {
        if (column == LedgerModel::What)
            continue;
        m_view->resizeColumnToContents(column);
        const int widest = column == LedgerModel::Due ? kWidestDue : kWidest;
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column), widest));
    }
    m_columns->update();
}

void LedgerPane::setPrompts(std::unique_ptr<LedgerPrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void LedgerPane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_reporter = reporter;
    m_model->setErrorReporter(reporter);
    m_trackRecords->setErrorReporter(reporter);
}

void LedgerPane::report(const QString &message)
{
    models::reportError(m_reporter, message);
}

void LedgerPane::buildFilterBar(QWidget *bar)
{
    m_dueFilter = new QComboBox(bar);
    m_dueFilter->addItem(tr("All promises"), int(LedgerFilterModel::DueFilter::All));
    m_dueFilter->addItem(tr("Overdue"), int(LedgerFilterModel::DueFilter::Overdue));
    m_dueFilter->addItem(tr("Due this week"), int(LedgerFilterModel::DueFilter::DueThisWeek));
    m_dueFilter->addItem(tr("Pending"), int(LedgerFilterModel::DueFilter::Pending));
    m_organizationFilter = new QComboBox(bar);
    m_personFilter = new QComboBox(bar);
    m_caseFilter = new QComboBox(bar);
    m_caseFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_caseFilter->setMinimumContentsLength(24);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [&](const QString &text, QComboBox *box) {
        auto *label = new QLabel(text, bar);
        label->setBuddy(box);
        layout->addWidget(label);
        layout->addWidget(box);
    };
    addLabelled(tr("&Show:"), m_dueFilter);
    addLabelled(tr("Org&anization:"), m_organizationFilter);
    addLabelled(tr("&Person:"), m_personFilter);
    addLabelled(tr("&Case:"), m_caseFilter);
    layout->addStretch(1);

    for (auto *box : {m_dueFilter, m_organizationFilter, m_personFilter, m_caseFilter})
        connect(box, &QComboBox::currentIndexChanged, this, &LedgerPane::applyFilters);
}

void LedgerPane::updateEmptyState()
{
    // Before the first read the pane is out of sight; an empty grid says nothing wrong then.
    // A failed read is not "no promises": the stack shows the failure whatever this says.
    const bool empty = m_model->isLoaded() && m_filter->rowCount() == 0;
    EmptyStateWidget *state = m_states->emptyState();
    if (empty && m_model->rowCount() == 0) {
        state->setHeading(tr("No promises yet"));
        state->setText(tr("When someone at a company promises something (a call back, a refund, "
                          "a technician), record it as a commitment on the case, or with "
                          "Promise during a call. Every promise is tracked here until it is "
                          "kept or broken."));
    } else if (empty) {
        state->setHeading(tr("No promises match these filters"));
        const int all = m_model->rowCount();
        state->setText((all == 1 ? tr("1 promise in all.") : tr("%1 promises in all.").arg(all)) +
                       QLatin1Char(' ') +
                       tr("Change Show, Organization, Person or Case above to see them."));
    }
    m_states->showLoadState(*m_model, empty);
}

void LedgerPane::fillFilterChoices()
{
    // The choices are the organizations, people and cases that have promises in the ledger.
    QMap<QString, RowId> organizations, people, cases;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto cell = [&](int column) { return m_model->index(row, column); };
        const auto orgId = cell(0).data(models::OrganizationIdRole).value<RowId>();
        if (orgId > 0)
            organizations.insert(cell(LedgerModel::Organization).data().toString(), orgId);
        const auto contactId = cell(0).data(models::ContactIdRole).value<RowId>();
        if (contactId > 0)
            people.insert(cell(LedgerModel::MadeBy).data().toString(), contactId);
        cases.insert(cell(LedgerModel::CaseTitle).data().toString(),
                     cell(0).data(models::CaseIdRole).value<RowId>());
    }
    auto refill = [](QComboBox *box, const QString &any, const QMap<QString, RowId> &choices) {
        const auto current = box->currentData().value<RowId>();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(any, RowId(0));
        for (auto it = choices.cbegin(); it != choices.cend(); ++it)
            box->addItem(it.key(), it.value());
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_organizationFilter, tr("Any"), organizations);
    refill(m_personFilter, tr("Anyone"), people);
    refill(m_caseFilter, tr("Any case"), cases);
    applyFilters();
}

void LedgerPane::applyFilters()
{
    m_filter->setDueFilter(LedgerFilterModel::DueFilter(m_dueFilter->currentData().toInt()));
    m_filter->setOrganizationId(m_organizationFilter->currentData().value<RowId>());
    m_filter->setContactId(m_personFilter->currentData().value<RowId>());
    m_filter->setCaseId(m_caseFilter->currentData().value<RowId>());
    selectionChanged();
}

RowId LedgerPane::selectedCommitment() const
{
    return currentRow(*m_view).data(models::IdRole).value<RowId>();
}

bool LedgerPane::selectCommitment(RowId commitmentId)
{
    ensureLoaded();
    const int sourceRow = m_model->rowOf(commitmentId);
    if (sourceRow < 0)
        return false;
    auto proxyIndex = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!proxyIndex.isValid()) {
        for (auto *box : {m_dueFilter, m_organizationFilter, m_personFilter, m_caseFilter})
            box->setCurrentIndex(0);
        proxyIndex = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_view->selectRow(proxyIndex.row());
    m_view->scrollTo(proxyIndex);
    return true;
}

void LedgerPane::selectionChanged()
{
    const QModelIndex row = currentRow(*m_view);
    const bool any = row.isValid();
    const bool pending =
        any && CommitmentStatus(row.data(models::StatusRole).toInt()) == CommitmentStatus::Pending;
    m_keptButton->setEnabled(any &&
                             row.data(models::StatusRole).toInt() != int(CommitmentStatus::Kept));
    m_brokenButton->setEnabled(pending);
    m_trackRecords->setSubjects(any ? row.data(models::ContactIdRole).value<RowId>() : 0,
                                any ? row.data(models::OrganizationIdRole).value<RowId>() : 0);
}

void LedgerPane::markKept()
{
    settle(CommitmentStatus::Kept);
}

void LedgerPane::markBroken()
{
    settle(CommitmentStatus::Broken);
}

void LedgerPane::settle(CommitmentStatus status)
{
    const RowId id = selectedCommitment();
    if (id == 0)
        return;
    const bool broken = status == CommitmentStatus::Broken;
    const auto note = m_prompts->askNote(this, broken ? tr("Promise broken") : tr("Promise kept"),
                                         broken ? tr("What happened? (a note for the record)")
                                                : tr("How was it kept? (a note for the record)"));
    if (!note)
        return;
    if (auto result = m_editor->setCommitmentStatus(id, status, *note); !result) {
        report(result.message());
        return;
    }
    if (!broken)
        return;
    // The model follows the workspace: its row is the commitment as it now stands.
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const Commitment commitment = m_model->commitmentAt(row);
    const auto next = m_prompts->afterBrokenPromise(this, commitment.what);
    if (next == LedgerPrompts::BrokenPromiseAction::Escalate)
        Q_EMIT escalateRequested(commitment.caseId, id);
    if (next != LedgerPrompts::BrokenPromiseAction::AddFollowUp)
        return;
    auto followUp = m_editor->followUpForBrokenPromise(commitment);
    if (auto result = m_editor->addFollowUp(followUp); !result)
        report(result.message());
}

void LedgerPane::refreshDueness()
{
    m_model->refreshDueness();
    m_filter->invalidate();
}

} // namespace leverage::ui
