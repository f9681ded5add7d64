#pragma once

#include "ui/window/ConflictDialog.h"

#include <QObject>

namespace leverage::ui {
class MainWindow;
} // namespace leverage::ui

namespace leverage::app {

// The team workspace in the main window (issue 23): a save that meets a colleague's newer
// version asks through the conflict dialog over this window. Kept apart from FeatureWiring
// so the features' merges stay small.
class TeamWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWiring)

public:
    explicit TeamWiring(ui::MainWindow &window);
    ~TeamWiring() override;

private:
    ui::DialogConflictResolver m_resolver;
};

} // namespace leverage::app
