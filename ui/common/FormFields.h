#pragma once

#include <QString>

class QDateTimeEdit;
class QPlainTextEdit;
class QWidget;

namespace leverage::ui::fields {

// Small builders so every form's fields look and behave alike.
// Several lines of text that wrap at the field's width; Tab leaves the field.
QPlainTextEdit *shortText(QWidget *parent, int lines = 3);
// Date fields (ui::DateTimeField): Tab leaves them, F4 or Alt+Down opens the calendar.
QDateTimeEdit *dateTime(QWidget *parent,
                        const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"));
QDateTimeEdit *date(QWidget *parent, const QString &format = QStringLiteral("yyyy-MM-dd"));
// A length of time up to a day, as hours:minutes:seconds.
QDateTimeEdit *duration(QWidget *parent);
// Money as cents in a double spin box and back.
double centsToUnits(qint64 cents);
qint64 unitsToCents(double units);

} // namespace leverage::ui::fields
