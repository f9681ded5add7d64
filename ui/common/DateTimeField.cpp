#include "ui/common/DateTimeField.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QScreen>

namespace leverage::ui {

DateTimeField::DateTimeField(QWidget *parent) : QDateTimeEdit(parent) {}

DateTimeField::DateTimeField(QDate date, QWidget *parent) : QDateTimeEdit(date, parent) {}

DateTimeField::DateTimeField(QTime time, QWidget *parent) : QDateTimeEdit(time, parent) {}

bool DateTimeField::focusNextPrevChild(bool next)
{
    // Past QDateTimeEdit, which would move to its next section: the form's next field.
    return QWidget::focusNextPrevChild(next);
}

void DateTimeField::keyPressEvent(QKeyEvent *event)
{
    const bool altArrow = (event->key() == Qt::Key_Down || event->key() == Qt::Key_Up) &&
                          (event->modifiers() & Qt::AltModifier);
    if ((event->key() == Qt::Key_F4 || altArrow) && showCalendar()) {
        event->accept();
        return;
    }
    QDateTimeEdit::keyPressEvent(event);
}

bool DateTimeField::showCalendar()
{
    if (!calendarPopup() || isReadOnly() || !isEnabled())
        return false;
    QCalendarWidget *calendar = calendarWidget(); // the popup's, made on first use
    if (!calendar)
        return false;
    calendar->setDateRange(minimumDate(), maximumDate());
    calendar->setSelectedDate(date());
    QWidget *popup = calendar->window();
    if (popup == window())
        return false;
    // Below the field, or above it where the screen ends.
    const QSize size = popup->sizeHint();
    QPoint at = mapToGlobal(QPoint(0, height()));
    if (const QScreen *shown = screen()) {
        const QRect available = shown->availableGeometry();
        if (at.y() + size.height() > available.bottom())
            at.setY(mapToGlobal(QPoint(0, 0)).y() - size.height());
        at.setX(qBound(available.left(), at.x(),
                       qMax(available.left(), available.right() - size.width())));
    }
    popup->move(at);
    popup->show();
    calendar->setFocus(Qt::PopupFocusReason);
    return true;
}

} // namespace leverage::ui
