#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;

namespace leverage::ui {
class AttachmentsPane;
class MainWindow;
} // namespace leverage::ui

namespace leverage::app {

// Evidence in the main window (issue 21): the Attachments dock beside the timeline,
// File → Attach Files… (Ctrl+Shift+A), and files dropped on the timeline (on an entry: to
// that entry). Kept apart from FeatureWiring so the features' merges stay small.
class EvidenceWiring final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvidenceWiring)

public:
    explicit EvidenceWiring(ui::MainWindow &window);

    QDockWidget *attachmentsDock() const { return m_dock; }
    ui::AttachmentsPane *attachmentsPane() const;
    QAction *attachAction() const { return m_attach; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPane();
    void watchTimeline();

    ui::MainWindow &m_window;
    QDockWidget *m_dock = nullptr;
    QPointer<ui::AttachmentsPane> m_pane;
    QPointer<QObject> m_watchedViewport;
    QAction *m_attach = nullptr;
};

} // namespace leverage::app
