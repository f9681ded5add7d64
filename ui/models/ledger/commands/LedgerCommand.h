#pragma once

#include "core/util/Result.h"

#include <QUndoCommand>
#include <functional>

namespace leverage::models::ledger {

// An undoable ledger edit. LedgerEditor runs apply() once, pushes the command only if that
// succeeded, and the push's own redo() is then skipped; later undo/redo failures go to the
// error callback (the editor's errorOccurred).
class LedgerCommand : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString &)>;

    Status apply()
    {
        const auto status = doRedo();
        m_skipNextRedo = status.isOk();
        return status;
    }
    void setErrorSink(ErrorSink sink) { m_errorSink = std::move(sink); }

    void redo() override
    {
        if (m_skipNextRedo) {
            m_skipNextRedo = false;
            return;
        }
        report(doRedo());
    }
    void undo() override { report(doUndo()); }

protected:
    explicit LedgerCommand(const QString &text) : QUndoCommand(text) {}
    virtual Status doRedo() = 0;
    virtual Status doUndo() = 0;

private:
    void report(const Status &status)
    {
        if (!status && m_errorSink)
            m_errorSink(status.message());
    }

    bool m_skipNextRedo = false;
    ErrorSink m_errorSink;
};

} // namespace leverage::models::ledger
