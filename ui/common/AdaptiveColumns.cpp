#include "ui/common/AdaptiveColumns.h"

#include <QEvent>
#include <QHeaderView>

namespace leverage::ui {

AdaptiveColumns::AdaptiveColumns(QHeaderView *header, int textColumn, int textFloor,
                                 QList<int> droppable)
    : QObject(header), m_header(header), m_textColumn(textColumn), m_textFloor(textFloor),
      m_droppable(std::move(droppable))
{
    m_header->setStretchLastSection(false);
    m_header->setSectionResizeMode(m_textColumn, QHeaderView::Stretch);
    // The header's own width follows its view's viewport.
    m_header->installEventFilter(this);
}

void AdaptiveColumns::pin(int column)
{
    m_pinned.insert(column);
}

int AdaptiveColumns::widthOfOthers() const
{
    int width = 0;
    for (int column = 0; column < m_header->count(); ++column)
        if (column != m_textColumn && !m_header->isSectionHidden(column))
            width += m_header->sectionSize(column);
    return width;
}

void AdaptiveColumns::update()
{
    if (m_updating)
        return;
    m_updating = true;
    const int room = m_header->width();
    // Back first, in the reverse order of leaving, while the text keeps its floor.
    for (auto it = m_droppable.crbegin(); it != m_droppable.crend(); ++it) {
        const int column = *it;
        if (m_pinned.contains(column) || !m_header->isSectionHidden(column))
            continue;
        m_header->setSectionHidden(column, false);
        if (room - widthOfOthers() < m_textFloor) {
            m_header->setSectionHidden(column, true);
            break;
        }
    }
    for (int column : m_droppable) {
        if (room - widthOfOthers() >= m_textFloor)
            break;
        if (!m_pinned.contains(column))
            m_header->setSectionHidden(column, true);
    }
    m_updating = false;
}

bool AdaptiveColumns::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_header && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace leverage::ui
