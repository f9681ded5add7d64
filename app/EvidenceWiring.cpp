#include "app/EvidenceWiring.h"

#include "ui/evidence/AttachmentsPane.h"
#include "ui/models/common/ModelRoles.h"
#include "ui/timeline/TimelinePane.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QTableView>

namespace leverage::app {

EvidenceWiring::EvidenceWiring(ui::MainWindow &window) : QObject(&window), m_window(window)
{
    using ui::DockedPanes;
    m_dock = m_window.addPaneDock(DockedPanes::specFor<ui::AttachmentsPane>(
        tr("Attachments"), QStringLiteral("attachmentsDock"), Qt::RightDockWidgetArea,
        DockedPanes::Shows::SelectedCase, [this](ui::AttachmentsPane *pane) { m_pane = pane; }));

    m_attach = new QAction(tr("Attac&h Files…"), &m_window);
    m_attach->setObjectName(QStringLiteral("attachFiles"));
    m_attach->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_attach->setToolTip(tr("Attach receipts, photos or other files to the selected case "
                            "(Ctrl+Shift+A)"));
    connect(m_attach, &QAction::triggered, this, [this] {
        // From the timeline, onto the entry the keyboard is on (as a drop onto it would).
        RowId entryId = 0;
        auto *timeline = m_window.timelinePane();
        if (auto *entries = timeline ? timeline->entriesView() : nullptr;
            entries && entries->hasFocus() && entries->currentIndex().isValid())
            entryId = entries->currentIndex().data(models::IdRole).toLongLong();
        showPane();
        if (m_pane) {
            m_pane->setCaseId(m_window.currentCaseId());
            m_pane->chooseFiles(entryId);
            // The files just chosen are next at hand: Ctrl+Shift+X marks one as an exhibit.
            m_pane->view()->setFocus(Qt::ShortcutFocusReason);
        }
    });
    m_window.addAction(m_attach);
    QMenu *file = m_window.fileMenu();
    const auto actions = file->actions();
    file->insertAction(actions.size() > 2 ? actions.at(2) : nullptr, m_attach);

    connect(&m_window, &ui::MainWindow::workspaceInstalled, this, &EvidenceWiring::watchTimeline);
    watchTimeline();
}

ui::AttachmentsPane *EvidenceWiring::attachmentsPane() const
{
    return m_pane;
}

void EvidenceWiring::showPane()
{
    m_dock->show();
    m_dock->raise();
}

void EvidenceWiring::watchTimeline()
{
    auto *timeline = m_window.timelinePane();
    if (!timeline || !timeline->entriesView())
        return;
    QWidget *viewport = timeline->entriesView()->viewport();
    if (m_watchedViewport == viewport)
        return;
    viewport->setAcceptDrops(true);
    viewport->installEventFilter(this);
    m_watchedViewport = viewport;
}

// Files dropped on the timeline: onto an entry they attach to it, elsewhere to the case.
bool EvidenceWiring::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_watchedViewport)
        return false;
    if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (!drag->mimeData()->hasUrls() || m_window.currentCaseId() <= 0)
            return false;
        drag->acceptProposedAction();
        return true;
    }
    if (event->type() != QEvent::Drop)
        return false;
    auto *drop = static_cast<QDropEvent *>(event);
    QStringList paths;
    for (const auto &url : drop->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty() || !m_pane)
        return false;
    const QModelIndex at =
        m_window.timelinePane()->entriesView()->indexAt(drop->position().toPoint());
    const RowId entryId = at.isValid() ? at.data(models::IdRole).toLongLong() : 0;
    drop->acceptProposedAction();
    showPane();
    m_pane->setCaseId(m_window.currentCaseId());
    m_pane->attachFiles(paths, entryId);
    return true;
}

} // namespace leverage::app
