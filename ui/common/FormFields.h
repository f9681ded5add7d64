#pragma once

#include <QString>

class QDateTimeEdit;
class QPlainTextEdit;
class QWidget;

namespace leverage::ui::fields {

// Small builders so every form's fields look and behave alike.
QPlainTextEdit *shortText(QWidget *parent, int lines = 3);
QDateTimeEdit *dateTime(QWidget *parent);
// Money as cents in a double spin box and back.
double centsToUnits(qint64 cents);
qint64 unitsToCents(double units);

} // namespace leverage::ui::fields
