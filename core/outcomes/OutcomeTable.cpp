#include "core/outcomes/OutcomeTable.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/EscalationLevel.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/util/Translate.h"

#include <QSet>
#include <algorithm>
#include <span>

namespace leverage::outcomes {
namespace {

// The rows a table is asked for: from `first`, `count` of them (all the rest when negative).
struct Range
{
    int first = 0;
    int count = -1;

    template <typename Row> std::span<const Row> of(const std::vector<Row> &rows) const
    {
        const std::size_t from = std::min(rows.size(), std::size_t(std::max(0, first)));
        const std::size_t left = rows.size() - from;
        return std::span<const Row>(rows).subspan(
            from, count < 0 ? left : std::min(left, std::size_t(count)));
    }
};

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

OutcomeTable organizations(const OutcomeFigures &figures, const Range &range)
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
    for (const auto &row : range.of(figures.organizations)) {
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

OutcomeTable months(const OutcomeFigures &figures, const Range &range)
{
    const auto currencies = currenciesOf(figures.months, &MonthFigures::received);
    OutcomeTable table;
    table.headers << tr("Month") << tr("Cases opened") << tr("Cases closed");
    for (const auto &code : currencies)
        table.headers << tr("Received (%1)").arg(code);
    for (const auto &row : range.of(figures.months)) {
        QStringList cells;
        cells << row.month.toString(QStringLiteral("yyyy-MM")) << QString::number(row.opened)
              << QString::number(row.closed);
        for (const auto &code : currencies)
            cells << amountIn(row.received, code);
        table.rows << cells;
    }
    return table;
}

OutcomeTable contacts(const OutcomeFigures &figures, const Range &range)
{
    OutcomeTable table;
    table.headers << tr("Contact") << tr("Organization") << tr("Cases") << tr("Cases resolved")
                  << tr("Named as what resolved it") << tr("Promises kept")
                  << tr("Promises broken");
    for (const auto &row : range.of(figures.contacts))
        table.rows << QStringList{row.name,
                                  row.organizationName,
                                  QString::number(row.cases),
                                  QString::number(row.casesResolved),
                                  QString::number(row.namedAsResolver),
                                  QString::number(row.promisesKept),
                                  QString::number(row.promisesBroken)};
    return table;
}

// The time-and-trouble columns after a grouping's own: the same for a case and an organization.
QStringList troubleHeaders()
{
    return {tr("Contacts"),
            tr("Calls"),
            tr("E-mails"),
            tr("Letters"),
            tr("Visits"),
            tr("Chats"),
            tr("Minutes on the phone"),
            tr("Minutes on hold"),
            tr("Promises broken")};
}

QStringList troubleCells(const Trouble &trouble)
{
    return {QString::number(trouble.contacts()),    QString::number(trouble.calls),
            QString::number(trouble.emails),        QString::number(trouble.letters),
            QString::number(trouble.visits),        QString::number(trouble.chats),
            QString::number(trouble.callMinutes()), QString::number(trouble.holdMinutes()),
            QString::number(trouble.promisesBroken)};
}

// The money columns of time and trouble, only where there is money to show: the time on the
// phone at the hourly value (once one is set), then what was paid out of pocket, a column per
// currency present.
struct TroubleMoney
{
    QString hourlyCurrency; // empty: no hourly value
    QStringList costCurrencies;

    template <typename Rows> static TroubleMoney of(const Rows &rows)
    {
        TroubleMoney money;
        QSet<QString> codes;
        for (const auto &row : rows) {
            if (row.trouble.hourly.isSet())
                money.hourlyCurrency = row.trouble.hourly.currency;
            for (auto it = row.trouble.outOfPocket.begin(); it != row.trouble.outOfPocket.end();
                 ++it)
                codes.insert(it.key());
        }
        money.costCurrencies = QStringList(codes.begin(), codes.end());
        money.costCurrencies.sort();
        return money;
    }
    QStringList headers() const
    {
        QStringList headers;
        if (!hourlyCurrency.isEmpty())
            headers << tr("Time value (%1)").arg(hourlyCurrency);
        for (const auto &code : costCurrencies)
            headers << tr("Out of pocket (%1)").arg(code);
        return headers;
    }
    QStringList cells(const Trouble &trouble) const
    {
        QStringList cells;
        if (!hourlyCurrency.isEmpty())
            cells << plainAmount(trouble.timeValueMinor());
        for (const auto &code : costCurrencies)
            cells << amountIn(trouble.outOfPocket, code);
        return cells;
    }
};

OutcomeTable troubleByOrganization(const OutcomeFigures &figures, const Range &range)
{
    const auto money = TroubleMoney::of(figures.organizations);
    OutcomeTable table;
    table.headers << tr("Organization") << tr("Cases") << troubleHeaders() << money.headers()
                  << tr("Days open per case");
    for (const auto &row : range.of(figures.organizations))
        table.rows << (QStringList{row.name.isEmpty() ? tr("(no organization)") : row.name,
                                   QString::number(row.cases)}
                       << troubleCells(row.trouble) << money.cells(row.trouble)
                       << number(double(row.trouble.daysOpen) / row.cases));
    return table;
}

OutcomeTable troubleByCase(const OutcomeFigures &figures, const Range &range)
{
    const auto money = TroubleMoney::of(figures.caseTrouble);
    OutcomeTable table;
    table.headers << tr("Case") << tr("Organization") << tr("Status") << troubleHeaders()
                  << money.headers() << tr("Days open");
    for (const auto &row : range.of(figures.caseTrouble))
        table.rows << (QStringList{row.title, row.organizationName, caseStatusLabel(row.status)}
                       << troubleCells(row.trouble) << money.cells(row.trouble)
                       << QString::number(row.trouble.daysOpen));
    return table;
}

} // namespace

OutcomeTable OutcomeTable::of(const OutcomeFigures &figures, Grouping grouping, int first,
                              int count)
{
    const Range range{first, count};
    switch (grouping) {
    case Grouping::Organization:
        return organizations(figures, range);
    case Grouping::Month:
        return months(figures, range);
    case Grouping::Contact:
        return contacts(figures, range);
    case Grouping::TroubleByOrganization:
        return troubleByOrganization(figures, range);
    case Grouping::TroubleByCase:
        return troubleByCase(figures, range);
    }
    return {};
}

int OutcomeTable::rowCount(const OutcomeFigures &figures, Grouping grouping)
{
    switch (grouping) {
    case Grouping::Organization:
    case Grouping::TroubleByOrganization:
        return int(figures.organizations.size());
    case Grouping::Month:
        return int(figures.months.size());
    case Grouping::Contact:
        return int(figures.contacts.size());
    case Grouping::TroubleByCase:
        return int(figures.caseTrouble.size());
    }
    return 0;
}

} // namespace leverage::outcomes
