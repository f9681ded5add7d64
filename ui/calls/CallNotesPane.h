#pragma once

#include "core/domain/Contact.h"
#include "core/domain/Ids.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;
class QUndoStack;

namespace leverage {
class Workspace;
namespace models {
class CallChecklistModel;
class ErrorReporter;
class CallPromisesModel;
class LiveCall;
} // namespace models
} // namespace leverage

namespace leverage::ui {

class CallNotesEditor;
class CallPersonPicker;

// The call-notes pane: kept open beside (or, floating, on top of) everything else during a
// live support call. Meant to live in a QDockWidget that can float. The call state and its
// draft live in models::LiveCall; this is the view and the keyboard.
class CallNotesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallNotesPane)

public:
    CallNotesPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                  QWidget *parent = nullptr);
    ~CallNotesPane() override;

    QSize sizeHint() const override;
    // Where a call that could not start, be filed or be discarded is reported (the window).
    void setErrorReporter(models::ErrorReporter *reporter) { m_reporter = reporter; }
    models::LiveCall &call() { return *m_call; }
    bool isCallLive() const;
    // Puts the cursor back in the notes (where typing during a call belongs).
    void focusNotes();

    // Offers to resume or file calls whose drafts outlived the app (call after the main
    // window shows). Returns true when a call was resumed.
    bool offerResume(QWidget *parent);

    // "Start call" on the case set with setCaseId (Ctrl+Shift+L): for the main window's
    // toolbar and menu; enabled while a case is set and no call is live.
    QAction *startCallAction() const { return m_start; }
    QAction *holdAction() const { return m_hold; }
    QAction *promiseAction() const { return m_promise; }
    QAction *followUpAction() const { return m_followUp; }
    QAction *quoteAction() const { return m_quote; }
    QAction *endCallAction() const { return m_end; }
    QAction *cancelCallAction() const { return m_cancel; }
    QAction *alwaysOnTopAction() const { return m_onTop; }
    QAction *compactAction() const { return m_compact; }

public Q_SLOTS:
    void startCall(leverage::RowId caseId);
    // "Call this person": the contact's organization and the person filled in; the case is
    // the one set with setCaseId when it is theirs, or chosen when the call ends.
    void startCallWith(leverage::RowId contactId);
    void setCaseId(leverage::RowId caseId);
    void setAlwaysOnTop(bool on);
    void setCompact(bool compact);

Q_SIGNALS:
    void callStarted(leverage::RowId caseId);
    void callFiled(leverage::RowId caseId, leverage::RowId entryId);
    // The call is over: filed or discarded.
    void callEnded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    QWidget *createHeader();
    void begin(bool fromDraft);
    void clearView();
    void refreshPeople();
    void updateTimes(qint64 elapsed, qint64 hold);
    void addPromise();
    void addFollowUp();
    // Everyone on the call and the supervisor named in it, for "who will act".
    QList<QPair<QString, int>> peopleOnTheCall() const;
    void addQuote();
    void addNewPerson(const QString &typedName);
    void endCall();
    void cancelCall();
    void applyOnTop();
    void showStatus(const QString &text, bool problem);
    void report(const QString &problem, const QString &why = {});
    // "End or cancel the call in progress first": a refusal, reported like an error.
    bool refuseWhileLive(const QString &why);
    void updateStartAction();

    Workspace &m_workspace;
    QUndoStack &m_undoStack;
    models::ErrorReporter *m_reporter = nullptr;
    models::LiveCall *m_call;
    models::CallChecklistModel *m_checklist;
    models::CallPromisesModel *m_promises;
    RowId m_caseId = 0;
    QList<Contact> m_contacts;

    QAction *m_start = nullptr;
    QAction *m_hold = nullptr;
    QAction *m_promise = nullptr;
    QAction *m_followUp = nullptr;
    QAction *m_quote = nullptr;
    QAction *m_end = nullptr;
    QAction *m_cancel = nullptr;
    QAction *m_onTop = nullptr;
    QAction *m_compact = nullptr;

    QLabel *m_caseLabel = nullptr;
    QLabel *m_elapsed = nullptr;
    QLabel *m_holdTime = nullptr;
    CallPersonPicker *m_person = nullptr;
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_callback = nullptr;
    QLineEdit *m_supervisor = nullptr;
    QLineEdit *m_supervisorLine = nullptr;
    CallNotesEditor *m_notes = nullptr;
    QWidget *m_side = nullptr;
    QWidget *m_live = nullptr;
    QLabel *m_status = nullptr;
    bool m_dockConnected = false;
};

} // namespace leverage::ui
