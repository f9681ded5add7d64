#pragma once

#include "core/domain/Ids.h"

#include <QDateTime>
#include <QWidget>
#include <memory>

class QPushButton;
class QTreeView;
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

namespace leverage::ui {
class LoadStateStack;
}

namespace leverage::models {
class AgendaModel;
class LedgerEditor;
} // namespace leverage::models

namespace leverage::ui {

class LedgerPrompts;

// What the user must do or expect next: overdue, today, this week, later. Done, Snooze 1 h,
// Snooze until tomorrow 9:00 and Export calendar act on the selection; activating a row
// opens its case (or its person, from the "With" column). Reads the follow-ups the first time
// it is on screen (or asked to select one), not when it is built. A failed read shows "Could
// not read the follow-ups" with Retry, not four empty buckets; errors go to the reporter.
class AgendaPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AgendaPane)

public:
    AgendaPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
               QWidget *parent = nullptr);
    ~AgendaPane() override;

    void setPrompts(std::unique_ptr<LedgerPrompts> prompts);
    // Where failed edits, exports and reads are reported (the window).
    void setErrorReporter(models::ErrorReporter *reporter);
    QTreeView *view() const { return m_view; }
    models::AgendaModel *model() const { return m_model; }
    LoadStateStack *loadStates() const { return m_states; }
    bool selectFollowUp(RowId followUpId);
    RowId selectedFollowUp() const;
    // Reads the follow-ups unless they were read already.
    void ensureLoaded();

public Q_SLOTS:
    void markDone();
    void snoozeOneHour();
    void snoozeUntilTomorrow();
    // Asks where, then writes the .ics file; false when cancelled or failed (the user is told).
    bool exportCalendar();
    // Time moved on: the buckets are sorted again.
    void refresh();

Q_SIGNALS:
    void openCase(leverage::RowId caseId);
    void openContact(leverage::RowId contactId);

private:
    void updateActions();
    void spanBuckets();
    void snooze(const QDateTime &until);
    void report(const QString &message);

    Workspace &m_workspace;
    models::LedgerEditor *m_editor = nullptr;
    models::AgendaModel *m_model = nullptr;
    std::unique_ptr<LedgerPrompts> m_prompts;
    models::ErrorReporter *m_reporter = nullptr;
    QTreeView *m_view = nullptr;
    LoadStateStack *m_states = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_snoozeHourButton = nullptr;
    QPushButton *m_snoozeTomorrowButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    RowId m_keepSelected = 0;
};

} // namespace leverage::ui
