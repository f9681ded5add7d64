#pragma once

#include "core/domain/Ids.h"
#include "core/outcomes/CurrencyTotals.h"
#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFilter.h"
#include "core/outcomes/Trouble.h"

#include <QDate>
#include <optional>
#include <vector>

namespace leverage::outcomes {

struct OrganizationFigures
{
    RowId organizationId = 0;
    QString name; // empty: the cases without an organization
    int cases = 0;
    int closed = 0;
    int resolved = 0; // closed with money, a credit, a fix or a fee waived
    CurrencyTotals sought;
    CurrencyTotals received;
    std::optional<double> medianDaysToClose;
    double contactsPerCase = 0;
    double holdHoursPerCase = 0;
    double callHoursPerCase = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
    std::optional<double> averageEffort; // of the entries rated (1 easy … 5 hard)
    QString resolvingLevel; // the escalation level key that resolved its cases most often
    Trouble trouble;        // summed over its cases (days open too: divide by cases)

    // Resolved among the closed cases (an open case is not yet a failure); none closed: none.
    std::optional<double> shareResolved() const;
};

struct MonthFigures
{
    QDate month; // its first day
    int opened = 0;
    int closed = 0;
    CurrencyTotals received;
};

struct ContactFigures
{
    RowId contactId = 0;
    QString name;
    QString organizationName;
    int cases = 0;
    int casesResolved = 0; // cases they took part in that were resolved
    int namedAsResolver = 0;
    int promisesKept = 0;
    int promisesBroken = 0;
};

// The figures of the Outcomes view and the `outcomes` verb, grouped from the facts in core
// (not in SQL): the months follow each row's own UTC offset, the median and the most frequent
// level are awkward in portable SQL, and a filter change regroups in memory without a query
// (OutcomeGrouper: grouping a million contact parts per filter in SQL would take a second).
struct OutcomeFigures
{
    std::vector<OrganizationFigures> organizations; // by name; no organization last
    std::vector<MonthFigures> months;               // every month from first to last event
    std::vector<ContactFigures> contacts;           // by name
    std::vector<CaseTrouble> caseTrouble; // the most contacts first, then the most minutes
    int cases = 0;
    int closed = 0;
    int resolved = 0;
    CurrencyTotals sought;
    CurrencyTotals received;

    // Without `withContacts`, `contacts` stays empty: the per-contact grouping is the one that
    // goes over a row per person and case, and only its own tab needs it. Groups once: what
    // groups the same facts again and again keeps an OutcomeGrouper.
    static OutcomeFigures compute(const OutcomeFacts &facts, const OutcomeFilter &filter,
                                  bool withContacts = true);
};

// The calendar date of an instant as the user lived it (its own recorded offset).
QDate localDate(const Instant &at);

} // namespace leverage::outcomes
