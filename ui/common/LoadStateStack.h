#pragma once

#include <QStackedWidget>

namespace leverage::models {
class LoadStatus;
}

namespace leverage::ui {

class EmptyStateWidget;

// A model's view and what stands in for it: the empty state (nothing to show, and why) and
// the load failure ("Could not read the promises", the reason, Retry). A failed read shows
// the failure whatever the empty state would say: never "nothing here" for "could not read".
class LoadStateStack final : public QStackedWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStateStack)

public:
    explicit LoadStateStack(QWidget *content, QWidget *parent = nullptr);

    // Made on first use, for panes that explain an empty list.
    EmptyStateWidget *emptyState();
    EmptyStateWidget *failureState() const { return m_failure; }
    QWidget *content() const { return m_content; }

    // The failure when the model's last read failed; else the empty state when `empty` (if
    // the pane has one); else the content. True when the failure is shown.
    bool showLoadState(const models::LoadStatus &status, bool empty = false);
    bool showsFailure() const;

Q_SIGNALS:
    // The user pressed Retry on the failure: the pane reads again.
    void retryRequested();

private:
    QWidget *m_content = nullptr;
    EmptyStateWidget *m_empty = nullptr;
    EmptyStateWidget *m_failure = nullptr;
};

} // namespace leverage::ui
