#pragma once

#include <QObject>
#include <vector>

class QAction;

namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

class EvidenceWiring;
class FeatureWiring;

// The window's layouts (issue 24): a calm first window (the cases, the case's timeline and the
// call notes; every other pane one shortcut away) and the presets of View → Layout for the
// ways a user works: on a call, reviewing a case, planning the next steps.
class LayoutWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LayoutWiring)

public:
    enum class Preset
    {
        Calm,
        OnACall,
        Reviewing,
        Planning
    };

    // After every feature has added its dock. Lays out a first start calmly; a layout the
    // user left is kept as it was.
    LayoutWiring(ui::MainWindow &window, FeatureWiring &features, EvidenceWiring &evidence);

    void apply(Preset preset);
    // View → Layout's actions, in the order of Preset.
    const std::vector<QAction *> &presetActions() const { return m_actions; }

private:
    ui::MainWindow &m_window;
    FeatureWiring &m_features;
    EvidenceWiring &m_evidence;
    std::vector<QAction *> m_actions;
};

} // namespace leverage::app
