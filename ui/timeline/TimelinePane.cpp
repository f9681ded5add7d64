#include "ui/timeline/TimelinePane.h"

#include "ui/cases/CaseHeader.h"
#include "ui/common/AdaptiveColumns.h"
#include "ui/common/ColumnSizing.h"
#include "ui/common/EmptyStateWidget.h"
#include "ui/common/FindBar.h"
#include "ui/common/LoadStateStack.h"
#include "ui/models/commitments/CommitmentListModel.h"
#include "ui/models/common/MatchHighlighter.h"
#include "ui/models/timeline/TimelineModel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace leverage::ui {

using models::CommitmentListModel;
using models::TimelineModel;

TimelinePane::TimelinePane(Workspace &workspace, QUndoStack &, QWidget *parent)
    : QWidget(parent), m_timeline(new TimelineModel(workspace, this)),
      m_commitments(new CommitmentListModel(workspace, this))
{
    m_timeline->setNewestFirst(true);
    m_header = new CaseHeader(workspace, this);
    m_newestFirst = new QCheckBox(tr("&Newest first"), this);
    m_newestFirst->setObjectName(QStringLiteral("newestFirst"));
    m_newestFirst->setChecked(true);
    connect(m_newestFirst, &QCheckBox::toggled, m_timeline, &TimelineModel::setNewestFirst);

    auto *timelineLabel = new QLabel(tr("&Timeline"), this);
    QFont sectionFont = timelineLabel->font();
    sectionFont.setBold(true);
    timelineLabel->setFont(sectionFont);
    auto *timelineBar = new QHBoxLayout;
    timelineBar->addWidget(timelineLabel);
    timelineBar->addStretch(1);
    timelineBar->addWidget(m_newestFirst);

    m_entriesView = makeTable(m_timeline, tr("Timeline entries"));
    m_entriesView->setObjectName(QStringLiteral("entriesView"));
    timelineLabel->setBuddy(m_entriesView);
    auto *entriesHeader = m_entriesView->horizontalHeader();
    columns::fit(entriesHeader, TimelineModel::WhenColumn, columns::dateTimeSample());
    columns::fit(entriesHeader, TimelineModel::ChannelColumn, channelLabel(Channel::Letter));
    columns::fit(entriesHeader, TimelineModel::PersonColumn,
                 QStringLiteral("Carl Jensen, Claims Supervisor"));
    columns::fit(entriesHeader, TimelineModel::ReferenceColumn, QStringLiteral("RX-2081744"));
    entriesHeader->setSectionResizeMode(TimelineModel::SummaryColumn, QHeaderView::Stretch);
    columns::fit(entriesHeader, TimelineModel::DurationColumn, QStringLiteral("120 min"));
    columns::fit(entriesHeader, TimelineModel::HoldColumn, QStringLiteral("120 min"));
    columns::fit(entriesHeader, TimelineModel::EffortColumn, QStringLiteral("5"));
    // The summary is what the user reads: in a narrow pane (a laptop, 200%, German headers)
    // the effort score, the reference and the hold time give way before it falls to a word.
    auto *entryColumns = new AdaptiveColumns(
        entriesHeader, TimelineModel::SummaryColumn, fontMetrics().averageCharWidth() * 28,
        {TimelineModel::EffortColumn, TimelineModel::ReferenceColumn, TimelineModel::HoldColumn});
    columns::enableChooser(entriesHeader,
                           [entryColumns](int column) { entryColumns->pin(column); });

    m_entriesStack = new LoadStateStack(m_entriesView, this);
    m_noEntries = m_entriesStack->emptyState();
    m_noEntries->setText(tr("No contacts recorded yet — add the first call or e-mail (Ctrl+E)."));
    m_noEntries->setObjectName(QStringLiteral("noEntriesState"));
    connect(m_entriesStack, &LoadStateStack::retryRequested, this, [this] {
        m_timeline->setCaseId(m_caseId);
        m_commitments->setCaseId(m_caseId);
    });

    auto *entriesBox = new QWidget(this);
    auto *entriesLayout = new QVBoxLayout(entriesBox);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    entriesLayout->addLayout(timelineBar);
    entriesLayout->addWidget(new FindBar(*m_entriesView, entriesBox));
    entriesLayout->addWidget(m_entriesStack, 1);
    m_match = new QTextBrowser(this);
    m_match->setObjectName(QStringLiteral("matchView"));
    m_match->setAccessibleName(tr("Found in this entry"));
    m_match->setFocusPolicy(Qt::NoFocus); // the keys stay on the timeline
    m_match->setMaximumHeight(fontMetrics().height() * 8);
    m_match->hide();
    entriesLayout->addWidget(m_match);
    connect(this, &TimelinePane::currentItemChanged, this, &TimelinePane::followMatch);

    m_commitmentsLabel = new QLabel(this);
    m_commitmentsLabel->setFont(sectionFont);
    m_commitmentsView = makeTable(m_commitments, tr("Commitments"));
    m_commitmentsView->setObjectName(QStringLiteral("commitmentsView"));
    m_commitmentsLabel->setBuddy(m_commitmentsView);
    auto *commitmentsHeader = m_commitmentsView->horizontalHeader();
    columns::enableChooser(commitmentsHeader);
    commitmentsHeader->setSectionResizeMode(CommitmentListModel::WhatColumn, QHeaderView::Stretch);
    columns::fit(commitmentsHeader, CommitmentListModel::MadeByColumn,
                 QStringLiteral("Priya Nandakumar"));
    for (int column : {int(CommitmentListModel::MadeColumn), int(CommitmentListModel::DueColumn),
                       int(CommitmentListModel::StatusChangedColumn)})
        columns::fit(commitmentsHeader, column, columns::dateTimeSample());
    columns::fit(commitmentsHeader, CommitmentListModel::StatusColumn,
                 tr("⚠ %1, overdue").arg(commitmentStatusLabel(CommitmentStatus::Pending)));
    auto *commitmentsBox = new QWidget(this);
    auto *commitmentsLayout = new QVBoxLayout(commitmentsBox);
    commitmentsLayout->setContentsMargins(0, 0, 0, 0);
    commitmentsLayout->addWidget(m_commitmentsLabel);
    commitmentsLayout->addWidget(m_commitmentsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("timelineSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(entriesBox);
    splitter->addWidget(commitmentsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *casePage = new QWidget(this);
    auto *caseLayout = new QVBoxLayout(casePage);
    caseLayout->setContentsMargins(0, 0, 0, 0);
    caseLayout->addWidget(m_header);
    caseLayout->addWidget(splitter, 1);

    m_noCase = new EmptyStateWidget({}, tr("Select a case to see its timeline."), this);
    m_noCase->setObjectName(QStringLiteral("noCaseState"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_noCase);
    m_pages->addWidget(casePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_pages);
    setTabOrder(m_newestFirst, m_entriesView);
    setTabOrder(m_entriesView, m_commitmentsView);

    for (auto *model : {static_cast<QAbstractItemModel *>(m_timeline),
                        static_cast<QAbstractItemModel *>(m_commitments)}) {
        connect(model, &QAbstractItemModel::modelReset, this, &TimelinePane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsInserted, this, &TimelinePane::updateEmptyState);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TimelinePane::updateEmptyState);
    }
    updateEmptyState();
}

QTableView *TimelinePane::makeTable(QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    // A list of records, not a sheet to fill: arrows go along it, Tab leaves it.
    view->setTabKeyNavigation(false);
    view->setAccessibleName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->installEventFilter(this);
    const bool isCommitments = model == m_commitments;
    connect(view, &QTableView::activated, this, [this, isCommitments](const QModelIndex &index) {
        m_commitmentsLastFocused = isCommitments;
        if (const ItemRef item = currentItem(); item.isValid() && index.isValid())
            Q_EMIT itemActivated(item);
    });
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, isCommitments] {
                m_commitmentsLastFocused = isCommitments;
                Q_EMIT currentItemChanged();
            });
    return view;
}

bool TimelinePane::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        const bool isCommitments = watched == m_commitmentsView;
        if (isCommitments != m_commitmentsLastFocused) {
            m_commitmentsLastFocused = isCommitments;
            Q_EMIT currentItemChanged();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TimelinePane::setCaseId(RowId caseId)
{
    if (caseId == m_caseId)
        return;
    m_caseId = caseId;
    m_header->setCaseId(caseId);
    m_timeline->setCaseId(caseId);
    m_commitments->setCaseId(caseId);
    m_commitmentsLastFocused = false;
    clearMatch();
    updateEmptyState();
    Q_EMIT currentItemChanged();
}

ItemRef TimelinePane::currentItem() const
{
    if (m_caseId <= 0)
        return {};
    if (m_commitmentsLastFocused) {
        const QModelIndex index = m_commitmentsView->selectionModel()->currentIndex();
        if (index.isValid())
            return {ItemRef::Kind::Commitment, m_commitments->commitmentAt(index.row()).meta.id};
        return {};
    }
    const QModelIndex index = m_entriesView->selectionModel()->currentIndex();
    if (index.isValid())
        return {ItemRef::Kind::Entry, m_timeline->entryAt(index.row()).meta.id};
    return {};
}

void TimelinePane::selectItem(const ItemRef &item)
{
    QTableView *view = nullptr;
    int row = -1;
    if (item.kind == ItemRef::Kind::Entry) {
        view = m_entriesView;
        row = m_timeline->rowOfEntry(item.id);
    } else if (item.kind == ItemRef::Kind::Commitment) {
        view = m_commitmentsView;
        row = m_commitments->rowOfCommitment(item.id);
    }
    if (!view || row < 0)
        return;
    const QModelIndex index = view->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    view->scrollTo(index);
    // Focus follows, so Edit and Delete (and the Delete key) act on what was just saved.
    view->setFocus(Qt::OtherFocusReason);
    m_commitmentsLastFocused = view == m_commitmentsView;
    Q_EMIT currentItemChanged();
}

void TimelinePane::showMatch(RowId entryId, const models::MatchHighlighter &words)
{
    const int row = m_timeline->rowOfEntry(entryId);
    if (row < 0)
        return;
    m_matchEntryId = entryId;
    m_match->show(); // first: the timeline is shorter now, and the entry must stay in view
    selectItem({ItemRef::Kind::Entry, entryId});
    QTimer::singleShot(0, this, [this] {
        if (m_matchEntryId != 0)
            m_entriesView->scrollTo(m_entriesView->currentIndex());
    });
    const auto &entry = m_timeline->entryAt(row);
    QString html = QStringLiteral("<b>%1</b>").arg(words.toHtml(entry.summary));
    if (!entry.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(words.toHtml(entry.notes));
    m_match->setHtml(html);
    // The first marked word in view, however long the notes (not selected: its mark shows).
    if (auto found = m_match->document()->find(words.matchedIn(entry.notes).value(0));
        !found.isNull()) {
        found.clearSelection();
        m_match->setTextCursor(found);
        m_match->ensureCursorVisible();
    }
}

void TimelinePane::clearMatch()
{
    m_matchEntryId = 0;
    m_match->clear();
    m_match->hide();
}

void TimelinePane::followMatch()
{
    if (m_matchEntryId == 0)
        return;
    const ItemRef item = currentItem();
    if (item.kind != ItemRef::Kind::Entry || item.id != m_matchEntryId)
        clearMatch();
}

TimelinePane::EmptyState TimelinePane::emptyState() const
{
    if (m_caseId <= 0)
        return EmptyState::NoCaseSelected;
    if (m_entriesStack->currentWidget() == m_noEntries)
        return EmptyState::NoEntries;
    return EmptyState::None;
}

void TimelinePane::updateEmptyState()
{
    m_pages->setCurrentIndex(m_caseId > 0 ? 1 : 0);
    const bool noEntries = m_timeline->rowCount() == 0 && !m_timeline->canFetchMore({});
    m_entriesStack->showLoadState(*m_timeline, noEntries);
    updateCommitmentsLabel();
}

void TimelinePane::setErrorReporter(models::ErrorReporter *reporter)
{
    m_timeline->setErrorReporter(reporter);
    m_commitments->setErrorReporter(reporter);
}

void TimelinePane::updateCommitmentsLabel()
{
    if (m_commitments->loadFailed()) { // not "none recorded"
        m_commitmentsLabel->setText(m_commitments->loadError());
        return;
    }
    const int count = m_commitments->rowCount();
    m_commitmentsLabel->setText(count == 0 ? tr("Co&mmitments: none recorded on this case")
                                           : tr("Co&mmitments (%1)").arg(count));
}

} // namespace leverage::ui
