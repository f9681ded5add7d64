#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class CaseListModel;
class ErrorReporter;
} // namespace leverage::models

namespace leverage::ui {

class EmptyStateWidget;
class LoadStateStack;

// The cases list: a search box over titles, a status filter, and the cases in a sortable
// table. An empty workspace shows what to do first instead of an empty grid; a list that
// could not be read says so, with Retry.
class CasesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPane)

public:
    CasesPane(Workspace &workspace, QUndoStack &undoStack, QWidget *parent = nullptr);

    RowId currentCaseId() const { return m_currentCaseId; }
    // The current case's organization, 0 when none.
    RowId currentOrganizationId() const;
    // Selects the case when it is among the listed ones; returns whether it is.
    bool selectCase(RowId caseId);
    bool isShowingEmptyState() const;

    models::CaseListModel *model() const { return m_model; }
    LoadStateStack *loadStates() const { return m_stack; }
    // Where failed reads are reported (the window); the model reports there.
    void setErrorReporter(models::ErrorReporter *reporter);
    QTableView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    // Shows every case again at once (the title filter emptied, any status): for a case asked
    // for from elsewhere (a search result) that the filters hide.
    void clearFilters();
    // Another group below the cases (the saved searches), next in the tab order.
    void addSection(QWidget *section);
    // The height those groups take now, which the list's first size adds to its own.
    int sectionsHeight() const;

Q_SIGNALS:
    void currentCaseChanged(leverage::RowId caseId);
    // Double-click or Enter on a case.
    void caseActivated(leverage::RowId caseId);
    void newCaseRequested();

protected:
    // Down or Return in the search box: the list, on the first match.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateEmptyState();
    void onCurrentRowChanged();
    void restoreSelection();

    models::CaseListModel *m_model = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_status = nullptr;
    QLabel *m_noMatch = nullptr;
    QTableView *m_view = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    LoadStateStack *m_stack = nullptr; // the list / what to do first / could not read
    QTimer *m_searchDelay = nullptr;
    RowId m_currentCaseId = 0;
};

} // namespace leverage::ui
