#include "MainWindow.h"

#include "store/Workspace.h"

#include <QApplication>
#include <QFileInfo>
#include <QMenuBar>

namespace leverage::ui {

MainWindow::MainWindow(std::unique_ptr<Workspace> workspace, QWidget *parent)
    : QMainWindow(parent), m_workspace(std::move(workspace))
{
    setWindowTitle(tr("%1 — Leverage").arg(QFileInfo(m_workspace->filePath()).completeBaseName()));
    createMenus();
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    auto *quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
}

} // namespace leverage::ui
