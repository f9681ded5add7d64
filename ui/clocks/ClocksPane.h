#pragma once

#include "core/clocks/CaseJurisdiction.h"
#include "core/clocks/ClockTrigger.h"
#include "core/domain/Ids.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class ClockEditor;
class ClockListModel;
class ErrorReporter;
} // namespace leverage::models

namespace leverage::ui {

class JurisdictionFields;

// A case's clocks (issue 19): where the case is and its sector (suggested from the other cases
// with its organization, else the last one used), each rule that applies with its trigger, due
// date, countdown, what happens then, legal basis and confidence; the events counted from
// (add, edit, remove: each an undo step) and the rules dialog.
class ClocksPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClocksPane)

public:
    ClocksPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
               QWidget *parent = nullptr);
    ~ClocksPane() override;

    void setCaseId(RowId caseId);
    QTableView *view() const { return m_view; }
    models::ClockListModel *model() const { return m_model; }
    models::ClockEditor &editor() const { return *m_editor; }
    // The jurisdiction the pane would apply (typed or suggested).
    clocks::CaseJurisdiction shownJurisdiction() const;

public Q_SLOTS:
    void applyJurisdiction();
    bool addEvent();
    // A timeline entry of the case as the event a clock counts from: the dialog opens with
    // the entry chosen and its date as the day it was sent; one undo step.
    bool markEntry(RowId entryId);
    bool editEvent();
    void removeEvent();
    void showRules();
    void openSource();

private:
    void showJurisdiction();
    // A new event of the case, and the event dialog that adds it (one undo step).
    clocks::ClockTrigger newTrigger() const;
    bool addFrom(const clocks::ClockTrigger &trigger, const QString &title);
    void updateActions();
    void report(const QString &message);

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    models::ErrorReporter &m_reporter;
    std::unique_ptr<models::ClockEditor> m_editor;
    models::ClockListModel *m_model = nullptr;
    RowId m_caseId = 0;
    std::unique_ptr<JurisdictionFields> m_where;
    QPushButton *m_apply = nullptr;
    QLabel *m_suggestion = nullptr;
    QTableView *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_source = nullptr;
    QPushButton *m_rules = nullptr;
};

} // namespace leverage::ui
