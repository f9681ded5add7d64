#pragma once

#include <QModelIndex>
#include <QWidget>

class QAbstractItemView;
class QLabel;
class QLineEdit;

namespace leverage::ui {

// A pane's own find (Ctrl+F while the pane has the focus; Ctrl+K stays the search of
// everything): a box over the pane's list that moves the current row to the next row holding
// the text in any column, as typed. Enter or F3 goes to the next, Shift+Enter or Shift+F3 to
// the previous, Esc closes the box and leaves the focus on the row found. Rows the list has
// not loaded yet (a long timeline's older pages) are not looked at. Hidden until asked.
class FindBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindBar)

public:
    FindBar(QAbstractItemView &view, QWidget *parent);

    // Shows the box with its text selected and the focus in it.
    void activate();
    QLineEdit *box() const { return m_box; }
    QLabel *statusLabel() const { return m_status; }

    // The FindBar of the pane holding widget (inside its nearest ancestor that has one), if any.
    static FindBar *around(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void find(int step, bool fromCurrent);
    QList<QModelIndex> matches() const;
    void collect(const QModelIndex &parent, QList<QModelIndex> &found) const;
    void close();

    QAbstractItemView &m_view;
    QLineEdit *m_box = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace leverage::ui
