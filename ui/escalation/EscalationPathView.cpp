#include "escalation/EscalationPathView.h"

#include "models/escalation/EscalationDragData.h"

#include <QDragEnterEvent>
#include <QMimeData>

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
    QListView::dragMoveEvent(event);
}

void EscalationPathView::dropEvent(QDropEvent *event)
{
    preferCopyForContacts(event);
    QListView::dropEvent(event);
}

} // namespace leverage::ui
