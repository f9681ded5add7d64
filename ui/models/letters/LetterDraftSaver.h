#pragma once

#include "core/domain/Ids.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace leverage {
class Workspace;
}

namespace leverage::models {

class ErrorReporter;

// Saves a draft letter's text as the user types, a moment after they pause (like a live
// call's notes), so a crash loses at most that moment. Typing is not an undo step of the
// window (the editor has its own undo); the draft's row is only rewritten.
class LetterDraftSaver final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterDraftSaver)

public:
    static constexpr int kDelayMs = 700;

    LetterDraftSaver(Workspace &workspace, RowId letterId, ErrorReporter *reporter,
                     QObject *parent = nullptr);
    ~LetterDraftSaver() override; // saves what is pending

    // The newest text; saved after kDelayMs without another call.
    void save(const QString &subject, const QString &body);
    // Saves what is pending now (closing the editor, sending).
    void flush();
    bool isPending() const { return m_pending; }

Q_SIGNALS:
    void saved();

private:
    Workspace &m_workspace;
    RowId m_letterId;
    ErrorReporter *m_reporter;
    QTimer m_timer;
    QString m_subject;
    QString m_body;
    bool m_pending = false;
};

} // namespace leverage::models
