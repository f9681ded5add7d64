#include "ui/common/MessageBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace leverage::ui {

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A warm background with the palette's text colour: readable in light and dark themes, and
    // the icon and the words say "error", not the colour alone.
    QPalette warm = palette();
    const QColor base = warm.color(QPalette::Window);
    const QColor amber(0xf6, 0xc3, 0x43);
    warm.setColor(QPalette::Window, QColor::fromRgbF(base.redF() * 0.6 + amber.redF() * 0.4,
                                                     base.greenF() * 0.6 + amber.greenF() * 0.4,
                                                     base.blueF() * 0.6 + amber.blueF() * 0.4));
    setPalette(warm);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAccessibleName(tr("Error"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setText(QStringLiteral("✕"));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &MessageBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showError(const QString &message)
{
    if (!isVisibleTo(parentWidget()))
        m_shown.clear();
    m_shown.append(message);
    showLatest();
}

void MessageBar::withdraw(const QString &message)
{
    if (m_shown.removeAll(message) == 0)
        return;
    if (m_shown.isEmpty())
        dismiss();
    else
        showLatest();
}

void MessageBar::showLatest()
{
    const QString &message = m_shown.constLast();
    const qsizetype earlier = m_shown.size() - 1;
    if (earlier == 0)
        m_text->setText(message);
    else if (earlier == 1)
        m_text->setText(tr("%1 (after 1 earlier error)").arg(message));
    else
        m_text->setText(tr("%1 (after %2 earlier errors)").arg(message).arg(earlier));
    setAccessibleDescription(message);
    show();
}

QString MessageBar::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void MessageBar::dismiss()
{
    hide();
    m_text->clear();
    m_shown.clear();
}

} // namespace leverage::ui
