#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace leverage::ui {

// The questions the ledger panes ask a person, behind an interface so an offscreen test can
// answer them (DialogLedgerPrompts asks with real dialogs). Errors are not questions: they go
// to the window's error reporter.
class LedgerPrompts
{
public:
    virtual ~LedgerPrompts() = default;
    // A note for a promise being settled; nullopt when the person cancels.
    virtual std::optional<QString> askNote(QWidget *parent, const QString &title,
                                           const QString &label) = 0;
    // After a broken promise: chase it with a follow-up, escalate, or neither.
    enum class BrokenPromiseAction
    {
        Nothing,
        AddFollowUp,
        Escalate
    };
    virtual BrokenPromiseAction afterBrokenPromise(QWidget *parent, const QString &what) = 0;
    // Where to save a calendar file; empty when cancelled.
    virtual QString askCalendarPath(QWidget *parent) = 0;
};

} // namespace leverage::ui
