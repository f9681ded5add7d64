#pragma once

#include "core/calls/CallSession.h"
#include "core/calls/CallState.h"
#include "ui/models/undo/UndoPusher.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace leverage {
class CallDraftWriter;
class Workspace;
} // namespace leverage

namespace leverage::models {

// The call in progress, for the call-notes pane: holds the CallState, ticks the elapsed time
// once a second while live, and saves the draft debounced (~700 ms after the last change,
// never more than about a second behind a user who keeps typing) on a writer thread, so
// typing never waits for the disk.
// Structured items return the line to put in the notes, stamped with the time into the call.
class LiveCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveCall)

public:
    enum class QuoteKind
    {
        Plain,
        PolicyRationale,
        Alternatives
    };

    static constexpr int kAutosaveDelayMs = 400;
    // A crash loses at most a second of typing: the save starts within half a second of the
    // first unsaved keystroke, which leaves the background writer half a second to commit
    // (the kill test found 1000 here lost more than a second once the commit took any time).
    static constexpr int kMaxUnsavedMs = 500;

    explicit LiveCall(Workspace &workspace, QObject *parent = nullptr);
    ~LiveCall() override;

    Workspace &workspace() const { return m_workspace; }
    bool isLive() const { return m_live; }
    const CallState &state() const { return m_state; }
    qint64 elapsedSeconds() const;
    qint64 holdSeconds() const;
    // "[12:40] ": the stamp that starts a new paragraph of notes now.
    QString paragraphStamp() const;
    // Saves so far (for the pane's status line and the tests).
    int saveCount() const { return m_saveCount; }
    bool hasUnsavedChanges() const { return m_dirty; }
    // The longest a save has held the thread that typed, and the longest write on the
    // writer's thread (the measurements of issue 4).
    qint64 longestSaveMicroseconds() const { return m_longestSaveUs; }
    qint64 longestWriteMicroseconds() const { return m_longestWriteUs; }

    // Filing goes on the undo stack as a FileCallCommand (none: filing cannot be undone).
    void setUndoPusher(UndoPusher pusher) { m_undo = pusher; }

    Status start(RowId caseId, RowId contactId = 0);
    // Takes up a call whose draft survived a crash; the clock goes on from its start.
    void resume(const CallState &draft);

    // Edits of the call; each one schedules a save.
    QString toggleHold();
    QString addParticipant(const CallParticipant &person);
    void setCurrentParticipant(int index);
    void setCaseId(RowId caseId);
    void setReferenceNumber(const QString &text);
    void setCallbackNumber(const QString &text);
    void setSupervisorName(const QString &text);
    void setSupervisorLine(const QString &text);
    // The text in "With:" while it is not (yet) a participant.
    void setTypedPerson(const QString &text);
    void setNotes(const QString &notes);
    // A promise by the current participant; `actor` acts on it (CallState::kNobody: the one
    // who promised); an `expected` one is a callback filed with a follow-up on the agenda.
    // Returns the PROMISE line for the notes.
    QString addPromise(const QString &what, const DueWindow &due, int actor = CallState::kNobody,
                       bool expected = false);
    // Something the user does or expects; `actor` is who will act (kNobody: the user).
    QString addFollowUp(const QString &what, const DueWindow &due, int actor = CallState::kNobody);
    QString addQuote(const QString &words, QuoteKind kind);
    void setPromiseConfirmed(int index, bool confirmed);

    // Files the call (effort 1–5, helpfulness per participant, a one-line summary) in one
    // transaction; on failure the call stays live and nothing is filed.
    Result<RowId> end(std::optional<int> effort, const QList<std::optional<int>> &helpfulness,
                      const QString &summary);
    // Files a draft left by a call that did not end (the app was gone), as it was: ended at
    // its last save, through the same undoable filing as end(). Not the live call.
    Result<RowId> fileAsItWas(CallState draft);
    // Throws the call away (the caller asked the user first).
    Status discard();
    // Queues a save now if anything changed; `saved` follows once it is written.
    void saveNow();
    // Waits until every queued save is written.
    void flush();

Q_SIGNALS:
    void callStarted();
    void callStopped();
    void changed();
    void participantsChanged();
    void promiseAboutToBeAdded(int index);
    void promiseAdded(int index);
    void promiseChanged(int index);
    void elapsedChanged(qint64 elapsedSeconds, qint64 holdSeconds);
    void holdChanged(bool onHold);
    void saved(int count);
    void saveFailed(const QString &message);
    void filed(leverage::RowId caseId, leverage::RowId entryId);

private:
    void begin(const CallState &state);
    Result<FiledCall> file(const CallState &filing);
    void stop();
    void touch();
    void tick();
    int secondsNow() const { return int(elapsedSeconds()); }

    Workspace &m_workspace;
    CallSession m_session;
    CallState m_state;
    bool m_live = false;
    bool m_dirty = false;
    int m_saveCount = 0;
    qint64 m_longestSaveUs = 0;
    qint64 m_longestWriteUs = 0;
    std::unique_ptr<CallDraftWriter> m_writer;
    std::optional<UndoPusher> m_undo;
    QTimer m_ticker;
    QTimer m_autosave;
    QElapsedTimer m_dirtySince;
};

} // namespace leverage::models
