#include "core/outcomes/OutcomeTable.h"

#include "core/domain/EscalationLevel.h"
#include "core/outcomes/OutcomeFigures.h"

#include <QCoreApplication>
#include <QSet>

namespace leverage::outcomes {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("leverage::outcomes", text);
}

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

QString optionalNumber(const std::optional<double> &value, int decimals = 1)
{
    return value ? number(*value, decimals) : QString();
}

// Every currency that appears in any of the totals, in code order.
template <typename Rows, typename... Totals>
QStringList currenciesOf(const Rows &rows, Totals... totals)
{
    QSet<QString> codes;
    for (const auto &row : rows)
        for (auto member : {totals...})
            for (auto it = (row.*member).begin(); it != (row.*member).end(); ++it)
                codes.insert(it.key());
    QStringList sorted(codes.begin(), codes.end());
    sorted.sort();
    return sorted;
}

QString amountIn(const CurrencyTotals &totals, const QString &currency)
{
    return totals.contains(currency) ? plainAmount(totals.value(currency)) : QStringLiteral("0.00");
}

QString levelText(const QString &key)
{
    if (key.isEmpty())
        return {};
    const auto level = escalationLevelFromKey(key);
    return level ? escalationLevelLabel(*level) : key;
}

OutcomeTable organizations(const OutcomeFigures &figures)
{
    const auto currencies = currenciesOf(figures.organizations, &OrganizationFigures::sought,
                                         &OrganizationFigures::received);
    OutcomeTable table;
    table.headers << tr("Organization") << tr("Cases") << tr("Closed") << tr("Resolved")
                  << tr("Resolved %");
    for (const auto &code : currencies)
        table.headers << tr("Sought (%1)").arg(code) << tr("Received (%1)").arg(code);
    table.headers << tr("Median days to close") << tr("Contacts per case")
                  << tr("Hours on hold per case") << tr("Hours on calls per case")
                  << tr("Promises kept") << tr("Promises broken") << tr("Average effort")
                  << tr("Resolved most often by");
    for (const auto &row : figures.organizations) {
        QStringList cells;
        const auto share = row.shareResolved();
        cells << (row.name.isEmpty() ? tr("(no organization)") : row.name)
              << QString::number(row.cases) << QString::number(row.closed)
              << QString::number(row.resolved) << (share ? number(*share * 100, 0) : QString());
        for (const auto &code : currencies)
            cells << amountIn(row.sought, code) << amountIn(row.received, code);
        cells << optionalNumber(row.medianDaysToClose) << number(row.contactsPerCase)
              << number(row.holdHoursPerCase, 2) << number(row.callHoursPerCase, 2)
              << QString::number(row.promisesKept) << QString::number(row.promisesBroken)
              << optionalNumber(row.averageEffort) << levelText(row.resolvingLevel);
        table.rows << cells;
    }
    return table;
}

OutcomeTable months(const OutcomeFigures &figures)
{
    const auto currencies = currenciesOf(figures.months, &MonthFigures::received);
    OutcomeTable table;
    table.headers << tr("Month") << tr("Cases opened") << tr("Cases closed");
    for (const auto &code : currencies)
        table.headers << tr("Received (%1)").arg(code);
    for (const auto &row : figures.months) {
        QStringList cells;
        cells << row.month.toString(QStringLiteral("yyyy-MM")) << QString::number(row.opened)
              << QString::number(row.closed);
        for (const auto &code : currencies)
            cells << amountIn(row.received, code);
        table.rows << cells;
    }
    return table;
}

OutcomeTable contacts(const OutcomeFigures &figures)
{
    OutcomeTable table;
    table.headers << tr("Contact") << tr("Organization") << tr("Cases") << tr("Cases resolved")
                  << tr("Named as what resolved it") << tr("Promises kept")
                  << tr("Promises broken");
    for (const auto &row : figures.contacts)
        table.rows << QStringList{row.name,
                                  row.organizationName,
                                  QString::number(row.cases),
                                  QString::number(row.casesResolved),
                                  QString::number(row.namedAsResolver),
                                  QString::number(row.promisesKept),
                                  QString::number(row.promisesBroken)};
    return table;
}

} // namespace

OutcomeTable OutcomeTable::of(const OutcomeFigures &figures, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Organization:
        return organizations(figures);
    case Grouping::Month:
        return months(figures);
    case Grouping::Contact:
        return contacts(figures);
    }
    return {};
}

} // namespace leverage::outcomes
