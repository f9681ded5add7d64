#include "ui/outcomes/MoneyFields.h"

#include "ui/common/FormFields.h"

#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QStyle>

namespace leverage::ui::moneyfields {

QDoubleSpinBox *amount(QWidget *parent, qint64 minor, const QString &accessibleName)
{
    auto *field = new QDoubleSpinBox(parent);
    field->setRange(0, 100000000);
    field->setDecimals(2);
    field->setMinimumWidth(
        field->fontMetrics().horizontalAdvance(QStringLiteral("100,000,000.00")));
    field->setValue(fields::centsToUnits(minor));
    field->setAccessibleName(accessibleName);
    return field;
}

QLineEdit *currency(QWidget *parent, const QString &code, const QString &accessibleName)
{
    auto *field = new QLineEdit(code, parent);
    field->setMaxLength(3);
    field->setMaximumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("MMMM")) + 16);
    field->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z]{0,3}")), field));
    field->setAccessibleName(accessibleName);
    return field;
}

QDateTimeEdit *day(QWidget *parent, const QString &accessibleName)
{
    auto *field = fields::date(parent);
    field->setAccessibleName(accessibleName);
    field->setMinimumWidth(field->fontMetrics().horizontalAdvance(QStringLiteral("8888-88-88")) +
                           field->style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2 + 16);
    return field;
}

QString currencyOf(const QLineEdit *field, const QString &fallback)
{
    const QString code = field->text().trimmed().toUpper();
    return code.isEmpty() ? fallback : code;
}

} // namespace leverage::ui::moneyfields
