#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace leverage::ui {
class MainWindow;
class TourDialog;
class WelcomePage;
} // namespace leverage::ui

namespace leverage::app {

class FeatureWiring;

// The way in for a new user (issue 24): the welcome page an empty workspace shows in place of
// the timeline, and the five-step tour, offered until it has been taken or skipped once.
class WelcomeWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WelcomeWiring)

public:
    WelcomeWiring(ui::MainWindow &window, FeatureWiring &features);
    ~WelcomeWiring() override;

    ui::WelcomePage *welcomePage() const { return m_page; }
    // The tour while it is open, else null.
    ui::TourDialog *tour() const;
    QAction *tourAction() const { return m_tourAction; }
    // Whether the tour was finished or skipped (then it is no longer offered).
    static bool tourDone();
    void startTour();

private:
    void onWorkspaceInstalled();
    void updatePage();
    void openDemo();

    ui::MainWindow &m_window;
    FeatureWiring &m_features;
    ui::WelcomePage *m_page = nullptr;
    QPointer<ui::TourDialog> m_tour;
    QAction *m_tourAction = nullptr;
};

} // namespace leverage::app
