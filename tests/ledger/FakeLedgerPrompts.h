#pragma once

#include "ui/ledger/LedgerPrompts.h"

#include <QStringList>

namespace leverage::testing {

// Answers the ledger panes' questions without dialogs and remembers what was asked.
class FakeLedgerPrompts final : public ui::LedgerPrompts
{
public:
    using BrokenPromiseAction = ui::LedgerPrompts::BrokenPromiseAction;
    struct Script
    {
        std::optional<QString> note = QStringLiteral("noted");
        BrokenPromiseAction afterBroken = BrokenPromiseAction::AddFollowUp;
        QString calendarPath;
        QStringList asked;
    };
    explicit FakeLedgerPrompts(Script &script) : m_script(script) {}

    std::optional<QString> askNote(QWidget *, const QString &title, const QString &) override
    {
        m_script.asked << title;
        return m_script.note;
    }
    BrokenPromiseAction afterBrokenPromise(QWidget *, const QString &what) override
    {
        m_script.asked << what;
        return m_script.afterBroken;
    }
    QString askCalendarPath(QWidget *) override { return m_script.calendarPath; }

private:
    Script &m_script;
};

} // namespace leverage::testing
