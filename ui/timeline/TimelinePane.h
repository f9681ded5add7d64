#pragma once

#include "ui/common/ItemRef.h"

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTextBrowser;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class CommitmentListModel;
class ErrorReporter;
class MatchHighlighter;
class TimelineModel;
} // namespace leverage::models

namespace leverage::ui {

class CaseHeader;
class EmptyStateWidget;
class LoadStateStack;

// One case: its header, its timeline (newest or oldest first) and, below, the commitments
// the company's people made on it.
class TimelinePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePane)

public:
    TimelinePane(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setCaseId(RowId caseId);
    RowId caseId() const { return m_caseId; }
    // The entry or commitment the user last worked on in this pane (none when nothing is
    // selected).
    ItemRef currentItem() const;
    // Selects an entry or a commitment of the shown case (one just saved, say) and focuses it.
    void selectItem(const ItemRef &item);
    // Selects the entry and shows its summary and notes below the timeline with the words a
    // search found marked (search's "open in context"); gone once another entry is current,
    // another case is shown, or clearMatch().
    void showMatch(RowId entryId, const models::MatchHighlighter &words);
    void clearMatch();
    // The found entry's text, marked; hidden while no match is shown.
    QTextBrowser *matchView() const { return m_match; }
    // Which message stands in for the timeline: none when entries are shown.
    enum class EmptyState
    {
        None,
        NoCaseSelected,
        NoEntries
    };
    EmptyState emptyState() const;

    models::TimelineModel *timelineModel() const { return m_timeline; }
    models::CommitmentListModel *commitmentModel() const { return m_commitments; }
    LoadStateStack *entryStates() const { return m_entriesStack; }
    // Where failed reads are reported (the window); the models report there.
    void setErrorReporter(models::ErrorReporter *reporter);
    QTableView *entriesView() const { return m_entriesView; }
    QTableView *commitmentsView() const { return m_commitmentsView; }

Q_SIGNALS:
    // Double-click or Enter on an entry or a commitment.
    void itemActivated(const leverage::ui::ItemRef &item);
    void currentItemChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTableView *makeTable(QAbstractItemModel *model, const QString &name);
    void updateEmptyState();
    void updateCommitmentsLabel();
    void followMatch();

    models::TimelineModel *m_timeline = nullptr;
    models::CommitmentListModel *m_commitments = nullptr;
    RowId m_caseId = 0;
    CaseHeader *m_header = nullptr;
    QCheckBox *m_newestFirst = nullptr;
    QTableView *m_entriesView = nullptr;
    QTableView *m_commitmentsView = nullptr;
    QLabel *m_commitmentsLabel = nullptr;
    EmptyStateWidget *m_noCase = nullptr;
    EmptyStateWidget *m_noEntries = nullptr;
    QStackedWidget *m_pages = nullptr;        // no case / the case
    LoadStateStack *m_entriesStack = nullptr; // entries / no entries yet / could not read
    bool m_commitmentsLastFocused = false;
    QTextBrowser *m_match = nullptr;
    RowId m_matchEntryId = 0;
};

} // namespace leverage::ui
