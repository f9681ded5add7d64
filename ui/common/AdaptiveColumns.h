#pragma once

#include <QList>
#include <QObject>
#include <QSet>

class QHeaderView;

namespace leverage::ui {

// Keeps a table's long text column readable in a narrow pane: the text column stretches, the
// others keep their content's width, and when the text would fall below its floor the least
// needed columns step out of view (and come back when the pane grows). A column the user shows
// or hides from the header's menu stays as the user left it.
class AdaptiveColumns final : public QObject
{
    Q_OBJECT

public:
    // `droppable`: the columns that may leave, the first to leave first.
    AdaptiveColumns(QHeaderView *header, int textColumn, int textFloor, QList<int> droppable);

    // The header's menu calls this when the user chooses a column's visibility.
    void pin(int column);
    // Fits the visible columns to the room the pane has now.
    void update();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    int widthOfOthers() const;

    QHeaderView *m_header;
    int m_textColumn;
    int m_textFloor;
    QList<int> m_droppable;
    QSet<int> m_pinned;
    bool m_updating = false;
};

} // namespace leverage::ui
