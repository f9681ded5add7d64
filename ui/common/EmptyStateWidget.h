#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace leverage::ui {

// A short, centred "what to do now" message shown instead of an empty grid, with an optional
// button for the first step.
class EmptyStateWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStateWidget)

public:
    explicit EmptyStateWidget(const QString &heading, const QString &text,
                              QWidget *parent = nullptr);

    void setHeading(const QString &heading);
    void setText(const QString &text);
    QString text() const;
    // Adds the call to action; the caller connects its clicked signal.
    QPushButton *addButton(const QString &text);
    QPushButton *button() const { return m_button; }

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_button = nullptr;
};

} // namespace leverage::ui
