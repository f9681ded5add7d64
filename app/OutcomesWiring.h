#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace leverage::ui {
class MainWindow;
class OutcomesWindow;
} // namespace leverage::ui

namespace leverage::app {

// Outcomes in the main window (issue 22): Edit → Close Case with Outcome… (Ctrl+Shift+O),
// Edit → Reopen Case, Edit → Export for a Regulator… (the case as a regulator's complaint form,
// text or JSON, copied or saved), Edit → Time and Trouble Costs… (Ctrl+Shift+H: the case's
// out-of-pocket costs and the hourly value), and View → Outcomes (Ctrl+Shift+U), a window of
// its own. Kept apart from FeatureWiring so the features' merges stay small.
class OutcomesWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutcomesWiring)

public:
    explicit OutcomesWiring(ui::MainWindow &window);

    QAction *closeCaseAction() const { return m_close; }
    QAction *reopenCaseAction() const { return m_reopen; }
    QAction *showOutcomesAction() const { return m_show; }
    QAction *regulatorFormAction() const { return m_form; }
    QAction *troubleCostsAction() const { return m_costs; }
    // The Outcomes window, once shown.
    ui::OutcomesWindow *outcomesWindow() const;

private:
    void closeCase();
    void editCosts();
    void reopenCase();
    void showOutcomes();
    void showRegulatorForm();
    void updateActions();

    ui::MainWindow &m_window;
    QAction *m_close = nullptr;
    QAction *m_reopen = nullptr;
    QAction *m_show = nullptr;
    QAction *m_form = nullptr;
    QAction *m_costs = nullptr;
    QPointer<ui::OutcomesWindow> m_outcomes;
};

} // namespace leverage::app
