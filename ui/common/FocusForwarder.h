#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace leverage::ui {

// Where the cursor goes when a pane is given the focus (Ctrl+1 …, or pane->setFocus()): its
// list, or the empty state's button. Not QWidget::setFocusProxy: in Qt 6, Tab treats a widget
// whose proxy is its own child as one stop, entered at the proxy and left after it, so the
// pane's controls before the proxy (the cases' Find field, the ledger's filters) were never
// reached by Tab. The pane itself stays out of the Tab chain.
class FocusForwarder final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FocusForwarder)

public:
    // The pane's forwarder, made on first use; it lives as the pane's child.
    static FocusForwarder &of(QWidget *pane);
    // The pane's forwarder if it has one.
    static FocusForwarder *find(const QWidget *pane);

    void setTarget(QWidget *target) { m_target = target; }
    QWidget *target() const { return m_target; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FocusForwarder(QWidget *pane);

    QPointer<QWidget> m_target;
};

} // namespace leverage::ui
