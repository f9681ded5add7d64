#include "ui/common/ScrollingContent.h"

#include <QScrollArea>

namespace leverage::ui {

QWidget *scrollingContent(QWidget *content, const QString &name, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setAccessibleName(name);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(content);
    return area;
}

} // namespace leverage::ui
