#pragma once

#include "ui/letters/LettersPane.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace leverage::ui {
class MainWindow;
}

namespace leverage::app {

// Puts the letters around the main window (issue 18): the Letters dock of the selected case,
// New Letter (Ctrl+Shift+W) in the case's menu and the toolbar, and File → My Details.
class LetterWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LetterWiring)

public:
    // `tabWith`: the dock the Letters dock shares a tab group with on a first run.
    LetterWiring(ui::MainWindow &window, QDockWidget *tabWith, QObject *parent);

    QDockWidget *dock() const { return m_dock; }
    ui::LettersPane *pane() const { return m_pane; }
    QAction *newLetterAction() const { return m_newLetter; }
    QAction *myDetailsAction() const { return m_myDetails; }
    QAction *templatesAction() const { return m_templates; }

private:
    void newLetter();
    void editMyDetails();
    void updateActions();

    ui::MainWindow &m_window;
    QDockWidget *m_dock = nullptr;
    QPointer<ui::LettersPane> m_pane;
    QAction *m_newLetter = nullptr;
    QAction *m_myDetails = nullptr;
    QAction *m_templates = nullptr;
};

} // namespace leverage::app
