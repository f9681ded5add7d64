#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QWidget;

namespace leverage {
class ReminderScheduler;
}

namespace leverage::ui {
class AgendaPane;
class ClocksPane;
class EscalationPane;
class MainWindow;
} // namespace leverage::ui

namespace leverage::app {

// Clocks (issue 19) around the main window, apart from FeatureWiring so the feature's wiring
// is one place: the Clocks dock (the selected case's clocks), the Clock Rules action, Mark as
// Clock Trigger on the timeline, the clocks behind the escalation path's "too early?", and the
// clocks' dates in the agenda and the reminders.
class ClocksWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClocksWiring)

public:
    // The dock goes among the tabs of `beside` unless the user's saved layout places the docks.
    ClocksWiring(ui::MainWindow &window, QDockWidget *beside, QObject *parent);

    QDockWidget *dock() const { return m_dock; }
    ui::ClocksPane *pane() const { return m_pane; }
    QAction *rulesAction() const { return m_rules; }
    QAction *addEventAction() const { return m_addEvent; }
    QAction *markTriggerAction() const { return m_markTrigger; }
    // Gives a (new) escalation pane the case clocks.
    void attach(ui::EscalationPane *escalation);
    // Gives a (new) agenda the clocks' dates among its follow-ups.
    void attach(ui::AgendaPane *agenda);
    // The reminders announce the clocks' dates too, in the morning of the day.
    void attach(ReminderScheduler &scheduler);

private:
    void markTrigger();
    // The timeline's entries offer Mark as Clock Trigger on their context menu.
    void watchTimeline();

    ui::MainWindow &m_window;
    QDockWidget *m_dock = nullptr;
    ui::ClocksPane *m_pane = nullptr;
    QAction *m_rules = nullptr;
    QAction *m_addEvent = nullptr;
    QAction *m_markTrigger = nullptr;
    QWidget *m_watchedView = nullptr;
};

} // namespace leverage::app
