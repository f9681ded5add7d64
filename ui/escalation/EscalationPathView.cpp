#include "ui/escalation/EscalationPathView.h"

#include "ui/models/escalation/EscalationDragData.h"

#include <QDragEnterEvent>
#include <QMimeData>
#include <QPainter>

namespace leverage::ui {

using models::EscalationDragData;

EscalationPathView::EscalationPathView(QWidget *parent) : QListView(parent)
{
    setFlow(QListView::TopToBottom);
    setMovement(QListView::Static);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setDragDropOverwriteMode(false);
    setUniformItemSizes(true);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setContextMenuPolicy(Qt::CustomContextMenu);
}

void EscalationPathView::preferCopyForContacts(QDropEvent *event)
{
    if (event->mimeData()->hasFormat(QString::fromLatin1(EscalationDragData::kContactMimeType)) &&
        (event->possibleActions() & Qt::CopyAction))
        event->setDropAction(Qt::CopyAction);
}

void EscalationPathView::dragEnterEvent(QDragEnterEvent *event)
{
    preferCopyForContacts(event);
    QListView::dragEnterEvent(event);
}

void EscalationPathView::dragMoveEvent(QDragMoveEvent *event)
{
    preferCopyForContacts(event);
    m_dragPosition = event->position().toPoint();
    QListView::dragMoveEvent(event);
}

void EscalationPathView::dragLeaveEvent(QDragLeaveEvent *event)
{
    QListView::dragLeaveEvent(event);
    viewport()->update();
}

void EscalationPathView::dropEvent(QDropEvent *event)
{
    preferCopyForContacts(event);
    QListView::dropEvent(event);
    viewport()->update();
}

// The style's indicator is a hairline; where a step will land deserves a clear mark.
void EscalationPathView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (state() != DraggingState || !showDropIndicator() || !model())
        return;
    const auto index = indexAt(m_dragPosition);
    int y = -1;
    switch (dropIndicatorPosition()) {
    case AboveItem:
        y = index.isValid() ? visualRect(index).top() : -1;
        break;
    case BelowItem:
        y = index.isValid() ? visualRect(index).bottom() + 1 : -1;
        break;
    case OnViewport: {
        const int rows = model()->rowCount(rootIndex());
        y = rows > 0 ? visualRect(model()->index(rows - 1, 0, rootIndex())).bottom() + 1 : 2;
        break;
    }
    case OnItem:
        break;
    }
    if (y < 0)
        return;
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing);
    const auto colour = palette().color(QPalette::Highlight);
    painter.setPen(QPen(colour, 3));
    painter.drawLine(QPoint(8, y), QPoint(viewport()->width() - 6, y));
    painter.setBrush(colour);
    painter.drawEllipse(QPoint(6, y), 4, 4);
}

} // namespace leverage::ui
