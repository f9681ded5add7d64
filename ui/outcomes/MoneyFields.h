#pragma once

#include <QString>

class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QWidget;

namespace leverage::ui::moneyfields {

// The fields of one line of money (an item received, a cost paid), alike in every dialog
// of the outcomes: an amount wide enough for 100,000,000.00, a three-letter currency code, and
// a date with room for the whole date beside the calendar's arrow (a grid would squeeze it).
QDoubleSpinBox *amount(QWidget *parent, qint64 minor, const QString &accessibleName);
QLineEdit *currency(QWidget *parent, const QString &code, const QString &accessibleName);
QDateTimeEdit *day(QWidget *parent, const QString &accessibleName);
// The code as typed, in capitals, or `fallback` when left empty.
QString currencyOf(const QLineEdit *field, const QString &fallback);

} // namespace leverage::ui::moneyfields
