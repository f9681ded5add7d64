#pragma once

#include <QObject>

class QAction;
class QDockWidget;

namespace leverage::ui {
class ClocksPane;
class EscalationPane;
class MainWindow;
} // namespace leverage::ui

namespace leverage::app {

// Clocks (issue 19) around the main window, apart from FeatureWiring so the feature's wiring
// is one place: the Clocks dock (the selected case's clocks), the Clock Rules action, and the
// clocks behind the escalation path's "too early?".
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
    // Gives a (new) escalation pane the case clocks.
    void attach(ui::EscalationPane *escalation);

private:
    ui::MainWindow &m_window;
    QDockWidget *m_dock = nullptr;
    ui::ClocksPane *m_pane = nullptr;
    QAction *m_rules = nullptr;
    QAction *m_addEvent = nullptr;
};

} // namespace leverage::app
