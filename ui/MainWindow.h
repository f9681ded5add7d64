#pragma once

#include <QMainWindow>
#include <memory>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// The main window: the cases, timeline and contacts panes over one open workspace.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace &workspace() { return *m_workspace; }

private:
    void createMenus();

    std::unique_ptr<Workspace> m_workspace;
};

} // namespace leverage::ui
