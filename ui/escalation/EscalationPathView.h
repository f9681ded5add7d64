#pragma once

#include <QListView>

namespace leverage::ui {

// The path as a vertical list that takes drops between steps: its own steps move, contacts
// from the contacts pane are copied in as new steps (never moved out of their pane).
class EscalationPathView final : public QListView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationPathView)

public:
    explicit EscalationPathView(QWidget *parent = nullptr);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static void preferCopyForContacts(QDropEvent *event);

    QPoint m_dragPosition;
};

} // namespace leverage::ui
