#include "ui/common/ScrollingContent.h"

#include <QScrollArea>

namespace leverage::ui {

QWidget *scrollingContent(QWidget *content, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

} // namespace leverage::ui
