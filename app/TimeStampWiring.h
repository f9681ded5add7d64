#pragma once

#include <QObject>

class QAction;

namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

// File → Time-stamp the Record… (Ctrl+Shift+S: S for stamp; every edit is saved as it is
// made, so there is no Save As to clash with) on the selected case: TimeStampDialog. Kept
// apart from EvidenceWiring so the merges stay small.
class TimeStampWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimeStampWiring)

public:
    explicit TimeStampWiring(ui::MainWindow &window);

    QAction *action() const { return m_action; }

private:
    void stampSelectedCase();

    ui::MainWindow &m_window;
    QAction *m_action = nullptr;
};

} // namespace leverage::app
