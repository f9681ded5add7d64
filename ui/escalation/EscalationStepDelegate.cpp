#include "ui/escalation/EscalationStepDelegate.h"

#include "core/domain/EscalationLevel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/escalation/EscalationPathModel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace leverage::ui {
namespace {

using Model = models::EscalationPathModel;

constexpr int kMargin = 6;
constexpr int kBar = 4;
constexpr int kLineGap = 2;

} // namespace

QString EscalationStepDelegate::statusText(const QModelIndex &index)
{
    const auto status = EscalationStatus(index.data(Model::StatusRole).toInt());
    const auto label = index.data(Model::StatusTextRole).toString();
    const auto doneAt = index.data(Model::DoneAtRole).toDateTime();
    if (status == EscalationStatus::Done && doneAt.isValid())
        return QCoreApplication::translate("leverage", "Done %1")
            .arg(models::shortDate(doneAt.date()));
    return label;
}

void EscalationStepDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                   const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const auto *widget = option.widget;
    auto *style = widget ? widget->style() : QApplication::style();
    // Background and selection as the style draws them, without the default text.
    opt.text.clear();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool current = index.data(Model::IsCurrentRole).toBool();
    const auto status = EscalationStatus(index.data(Model::StatusRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const auto palette = option.palette;
    const auto textRole = selected ? QPalette::HighlightedText : QPalette::Text;
    QColor text = palette.color(textRole);
    QColor muted = text;
    if (!selected)
        muted = palette.color(QPalette::PlaceholderText);

    painter->save();
    const QRect r = option.rect.adjusted(kMargin + kBar + 4, kMargin, -kMargin, -kMargin);
    if (current) {
        painter->fillRect(QRect(option.rect.left() + kMargin, option.rect.top() + kMargin, kBar,
                                option.rect.height() - 2 * kMargin),
                          palette.color(QPalette::Highlight).darker(selected ? 150 : 100));
    }
    QFont titleFont = option.font;
    titleFont.setBold(current);
    QFont smallFont = option.font;
    const QFontMetrics titleMetrics(titleFont);
    const QFontMetrics smallMetrics(smallFont);

    // Right-hand side of line 1: the status, boxed when current so it reads as a label.
    const auto statusLabel = statusText(index);
    QFont statusFont = smallFont;
    statusFont.setBold(current);
    const QFontMetrics statusMetrics(statusFont);
    const int statusWidth = statusMetrics.horizontalAdvance(statusLabel) + (current ? 12 : 0);
    const QRect statusRect(r.right() - statusWidth, r.top(), statusWidth, titleMetrics.height());
    painter->setFont(statusFont);
    if (current) {
        painter->setPen(text);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->drawRoundedRect(QRectF(statusRect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->drawText(statusRect, Qt::AlignCenter, statusLabel);
    } else {
        painter->setPen(status == EscalationStatus::Planned ? muted : text);
        painter->drawText(statusRect, Qt::AlignRight | Qt::AlignVCenter, statusLabel);
    }

    // Line 1: number and level.
    const auto title = QStringLiteral("%1. %2")
                           .arg(index.data(Model::NumberRole).toInt())
                           .arg(index.data(Model::LevelTextRole).toString());
    QFont levelFont = titleFont;
    levelFont.setStrikeOut(status == EscalationStatus::Skipped);
    painter->setFont(levelFont);
    painter->setPen(status == EscalationStatus::Done || status == EscalationStatus::Skipped ? muted
                                                                                            : text);
    const QRect titleRect(r.left(), r.top(), r.width() - statusWidth - 8, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(title, Qt::ElideRight, titleRect.width()));

    // Line 2: the target (name, position, organization) and the target date.
    auto target = index.data(Model::TargetRole).toString();
    const auto position = index.data(Model::TargetPositionRole).toString();
    const auto organization = index.data(Model::TargetOrganizationRole).toString();
    if (!position.isEmpty())
        target += QStringLiteral(", ") + position;
    if (!organization.isEmpty() && organization != index.data(Model::TargetRole).toString())
        target += QStringLiteral(" · ") + organization;
    if (target.isEmpty())
        target = QCoreApplication::translate("leverage", "No one named yet");
    const auto targetDate = index.data(Model::TargetDateRole).toDate();
    QString dateText;
    const auto reachedAt = index.data(Model::ReachedAtRole).toDateTime();
    if (reachedAt.isValid() &&
        (status == EscalationStatus::Current || status == EscalationStatus::Done))
        dateText = QCoreApplication::translate("leverage", "reached %1")
                       .arg(models::shortDate(reachedAt.date()));
    else if (targetDate.isValid() && status != EscalationStatus::Done)
        dateText =
            QCoreApplication::translate("leverage", "by %1").arg(models::shortDate(targetDate));
    painter->setFont(smallFont);
    const int line2Top = r.top() + titleMetrics.height() + kLineGap;
    const int dateWidth = dateText.isEmpty() ? 0 : smallMetrics.horizontalAdvance(dateText) + 8;
    const QRect dateRect(r.right() - dateWidth, line2Top, dateWidth, smallMetrics.height());
    const QRect targetRect(r.left(), line2Top, r.width() - dateWidth, smallMetrics.height());
    painter->setPen(status == EscalationStatus::Current ? text : muted);
    painter->drawText(targetRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(target, Qt::ElideRight, targetRect.width()));
    if (!dateText.isEmpty())
        painter->drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter, dateText);

    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

QSize EscalationStepDelegate::sizeHint(const QStyleOptionViewItem &option,
                                       const QModelIndex &index) const
{
    Q_UNUSED(index)
    QFont bold = option.font;
    bold.setBold(true);
    const int height =
        QFontMetrics(bold).height() + kLineGap + option.fontMetrics.height() + 2 * kMargin;
    return {240, height + 4};
}

} // namespace leverage::ui
