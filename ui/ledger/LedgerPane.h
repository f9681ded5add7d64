#pragma once

#include "core/domain/CommitmentStatus.h"
#include "core/domain/Ids.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QPushButton;
class QTableView;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ErrorReporter;
}

namespace leverage::models {
class ErrorReporter;
}

namespace leverage::models {
class LedgerEditor;
class LedgerFilterModel;
class LedgerModel;
class TrackRecordModel;
} // namespace leverage::models

namespace leverage::ui {
class AdaptiveColumns;
class LoadStateStack;
} // namespace leverage::ui

namespace leverage::ui {

class LedgerPrompts;
class TrackRecordLabel;

// Every promise across all cases, with filters (overdue, due this week, pending; by
// organization, person, case), Mark kept / Mark broken (each asks for a note; a broken one
// offers a follow-up to chase it, or escalation), and the track records of the selected promise's
// person and organization. Edits go on the given undo stack. Reads the ledger the first time
// it is on screen (or asked to select a promise), not when it is built. A failed read shows
// "Could not read the promises" with Retry in place of the list; errors go to the reporter.
class LedgerPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerPane)

public:
    LedgerPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
               QWidget *parent = nullptr);
    ~LedgerPane() override;

    // Dialogs by default; tests put answers in.
    void setPrompts(std::unique_ptr<LedgerPrompts> prompts);
    // Where failed edits and reads are reported (the window); its models report there too.
    void setErrorReporter(models::ErrorReporter *reporter);

    QTableView *view() const { return m_view; }
    models::LedgerModel *model() const { return m_model; }
    models::LedgerFilterModel *filterModel() const { return m_filter; }
    models::TrackRecordModel *trackRecords() const { return m_trackRecords; }
    LoadStateStack *loadStates() const { return m_states; }
    TrackRecordLabel *organizationRecord() const { return m_organizationRecord; }
    TrackRecordLabel *personRecord() const { return m_personRecord; }
    // Selects the row of a commitment (clearing the filters if it is hidden).
    bool selectCommitment(RowId commitmentId);
    // Reads the commitments unless they were read already.
    void ensureLoaded();
    RowId selectedCommitment() const;

public Q_SLOTS:
    void markKept();
    void markBroken();
    // Time moved on: overdue marks are recomputed.
    void refreshDueness();

Q_SIGNALS:
    void openCase(leverage::RowId caseId);
    // The person chose to escalate after marking a promise broken: the window opens the
    // case's escalation path (the ledger does not edit it).
    void escalateRequested(leverage::RowId caseId, leverage::RowId commitmentId);

private:
    void buildFilterBar(QWidget *bar);
    void fitColumns();
    void fillFilterChoices();
    void applyFilters();
    // No rows: says why (nothing promised yet, or the filters hide it all) instead of a grid.
    void updateEmptyState();
    void selectionChanged();
    void settle(CommitmentStatus status);
    void report(const QString &message);

    models::LedgerEditor *m_editor = nullptr;
    models::LedgerModel *m_model = nullptr;
    models::LedgerFilterModel *m_filter = nullptr;
    models::TrackRecordModel *m_trackRecords = nullptr;
    models::ErrorReporter *m_reporter = nullptr;
    std::unique_ptr<LedgerPrompts> m_prompts;
    QComboBox *m_dueFilter = nullptr;
    QComboBox *m_organizationFilter = nullptr;
    QComboBox *m_personFilter = nullptr;
    QComboBox *m_caseFilter = nullptr;
    QTableView *m_view = nullptr;
    AdaptiveColumns *m_columns = nullptr;
    LoadStateStack *m_states = nullptr;
    QPushButton *m_keptButton = nullptr;
    QPushButton *m_brokenButton = nullptr;
    TrackRecordLabel *m_personRecord = nullptr;
    TrackRecordLabel *m_organizationRecord = nullptr;
};

} // namespace leverage::ui
