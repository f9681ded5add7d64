#include "ui/common/EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

namespace leverage::ui {

EmptyStateWidget::EmptyStateWidget(const QString &heading, const QString &text, QWidget *parent)
    : QWidget(parent), m_heading(new QLabel(heading, this)), m_text(new QLabel(text, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setAlignment(Qt::AlignCenter);
    m_heading->setWordWrap(true);
    m_heading->setVisible(!heading.isEmpty());
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addStretch(2);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
}

void EmptyStateWidget::resizeEvent(QResizeEvent *event)
{
    // Short lines read better than one line across a wide pane: narrow the text column with
    // the side margins (a maximum width on a word-wrapped label would cut its last lines).
    const int readable = fontMetrics().averageCharWidth() * 64;
    const int side = qMax(12, (event->size().width() - readable) / 2);
    layout()->setContentsMargins(side, 12, side, 12);
    // The message must never be cut: its wrapped height is the least the pane may shrink to.
    const int textWidth = qMax(1, event->size().width() - 2 * side);
    // heightForWidth is -1 for an empty label: no least height then.
    m_text->setMinimumHeight(qMax(0, m_text->heightForWidth(textWidth)));
    if (m_heading->isVisible())
        m_heading->setMinimumHeight(qMax(0, m_heading->heightForWidth(textWidth)));
    QWidget::resizeEvent(event);
}

void EmptyStateWidget::setHeading(const QString &heading)
{
    m_heading->setText(heading);
    m_heading->setVisible(!heading.isEmpty());
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

QPushButton *EmptyStateWidget::addButton(const QString &text)
{
    if (m_button)
        return m_button;
    m_button = new QPushButton(text, this);
    // Return presses it when it has the focus; not drawn as the default, which looks the
    // same with and without the focus and so hid where the keyboard was.
    m_button->setAutoDefault(true);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(m_button);
    row->addStretch(1);
    // Below the message, above the bottom stretch.
    static_cast<QVBoxLayout *>(layout())->insertLayout(3, row);
    setFocusProxy(m_button);
    return m_button;
}

} // namespace leverage::ui
