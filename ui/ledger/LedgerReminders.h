#pragma once

#include "core/domain/Ids.h"
#include "core/ledger/LedgerItemKind.h"

#include <QDBusConnection>
#include <QObject>

namespace leverage {
class ReminderScheduler;
class Workspace;
} // namespace leverage

namespace leverage::ui {

class AgendaPane;
class DesktopNotifier;
class LedgerPane;

// The reminders of a running program in one piece for the main window: the scheduler's
// due moments become desktop notifications (or a banner), and the attached panes re-sort
// their rows at each of those moments. openItem says which case to show when one is clicked.
class LedgerReminders final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LedgerReminders)

public:
    explicit LedgerReminders(Workspace &workspace, QObject *parent = nullptr);
    LedgerReminders(Workspace &workspace, const QDBusConnection &bus, QObject *parent = nullptr);

    // Panes that show due-ness and must follow the clock (either may be null).
    void attach(LedgerPane *ledger, AgendaPane *agenda);

    ReminderScheduler &scheduler() { return *m_scheduler; }
    DesktopNotifier &notifier() { return *m_notifier; }

public Q_SLOTS:
    // The window's banner was clicked.
    void activateBanner();

Q_SIGNALS:
    void fallbackBanner(const QString &message);
    // A reminder was clicked: the item and its case.
    void openItem(leverage::LedgerItemKind kind, leverage::RowId id, leverage::RowId caseId);

private:
    void onOpenItem(LedgerItemKind kind, RowId id);

    Workspace &m_workspace;
    ReminderScheduler *m_scheduler = nullptr;
    DesktopNotifier *m_notifier = nullptr;
};

} // namespace leverage::ui
