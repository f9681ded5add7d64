#pragma once

#include <QDialog>
#include <functional>
#include <vector>

class QLabel;
class QPushButton;

namespace leverage::ui {

// A short guided tour: one step at a time, each naming a part of the window and bringing it
// into view, with Back, Next and Skip. Not modal: the user may try what a step says.
class TourDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TourDialog)

public:
    struct Step
    {
        QString title;
        QString text;
        std::function<void()> show; // brings the part of the window into view; may be empty
    };

    TourDialog(std::vector<Step> steps, QWidget *parent);

    int currentStep() const { return m_current; }
    int stepCount() const { return int(m_steps.size()); }

Q_SIGNALS:
    // Finish on the last step, or Skip (Escape) on any: either way the tour is done.
    void tourDone(bool completed);

protected:
    void reject() override;

private:
    void showStep(int index);

    std::vector<Step> m_steps;
    int m_current = 0;
    QLabel *m_counter = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_next = nullptr;
};

} // namespace leverage::ui
