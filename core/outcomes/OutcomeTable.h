#pragma once

#include <QList>
#include <QStringList>

namespace leverage::outcomes {

struct OutcomeFigures;

// The figures as a table of texts: what the `outcomes` verb prints, the CSV export writes
// and the table beside each chart shows, so the three never disagree. Amounts are plain
// ("120.00"), one column per currency: a spreadsheet reads them and never adds currencies.
struct OutcomeTable
{
    enum class Grouping
    {
        Organization,
        Month,
        Contact,
        TroubleByOrganization, // time and trouble: contacts by channel, minutes, days, promises
        TroubleByCase
    };

    QStringList headers;
    QList<QStringList> rows;

    // The headers, and the rows from `first`, `count` of them (every row from `first` when
    // negative): a view shows a few hundred of the 20,000 contacts of a large workspace, and
    // writing every cell of every row was most of a filter change.
    static OutcomeTable of(const OutcomeFigures &figures, Grouping grouping, int first = 0,
                           int count = -1);
    // How many rows the whole table has.
    static int rowCount(const OutcomeFigures &figures, Grouping grouping);
};

} // namespace leverage::outcomes
