#include "core/outcomes/OutcomeFigures.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>

namespace leverage::outcomes {
namespace {

constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;

QDate monthOf(const QDate &date)
{
    return QDate(date.year(), date.month(), 1);
}

std::optional<double> median(std::vector<double> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    if (values.size() % 2 == 1)
        return values[middle];
    return (values[middle - 1] + values[middle]) / 2;
}

bool resolvedCase(const CaseFacts &facts)
{
    return facts.outcome && isResolved(*facts.outcome);
}

// What one organization's cases add up to, before the per-case averages are taken.
struct OrganizationSums
{
    OrganizationFigures figures;
    std::vector<double> daysToClose;
    qint64 contacts = 0;
    qint64 holdSeconds = 0;
    qint64 callSeconds = 0;
    qint64 effortSum = 0;
    qint64 effortCount = 0;
    std::map<QString, int> resolvingLevels;
};

void addCase(OrganizationSums &sums, const CaseFacts &facts, const Trouble &trouble)
{
    auto &figures = sums.figures;
    ++figures.cases;
    figures.trouble += trouble;
    if (facts.soughtMinor > 0)
        figures.sought[facts.currency] += facts.soughtMinor;
    if (facts.outcome) {
        ++figures.closed;
        if (!facts.openedAt.isNull() && !facts.closedAt.isNull())
            sums.daysToClose.push_back(double(facts.closedAt.utcMs - facts.openedAt.utcMs) /
                                       kMsPerDay);
    }
    if (resolvedCase(facts)) {
        ++figures.resolved;
        if (!facts.resolvedByLevel.isEmpty())
            ++sums.resolvingLevels[facts.resolvedByLevel];
    }
    sums.contacts += facts.contacts;
    sums.holdSeconds += facts.holdSeconds;
    sums.callSeconds += facts.callSeconds;
    sums.effortSum += facts.effortSum;
    sums.effortCount += facts.effortCount;
    figures.promisesKept += facts.promisesKept;
    figures.promisesBroken += facts.promisesBroken;
}

OrganizationFigures finish(OrganizationSums &sums)
{
    auto figures = sums.figures;
    const double cases = figures.cases;
    figures.contactsPerCase = sums.contacts / cases;
    figures.holdHoursPerCase = sums.holdSeconds / 3600.0 / cases;
    figures.callHoursPerCase = sums.callSeconds / 3600.0 / cases;
    figures.medianDaysToClose = median(sums.daysToClose);
    if (sums.effortCount > 0)
        figures.averageEffort = double(sums.effortSum) / double(sums.effortCount);
    // The most frequent level; a tie goes to the first key in order (std::map is sorted).
    int best = 0;
    for (const auto &[level, count] : sums.resolvingLevels)
        if (count > best) {
            best = count;
            figures.resolvingLevel = level;
        }
    return figures;
}

std::vector<OrganizationFigures> byOrganization(const std::vector<const CaseFacts *> &cases,
                                                const QHash<RowId, CurrencyTotals> &received,
                                                const QHash<RowId, Trouble> &trouble)
{
    std::map<RowId, OrganizationSums> sums;
    for (const CaseFacts *facts : cases) {
        auto &entry = sums[facts->organizationId];
        entry.figures.organizationId = facts->organizationId;
        entry.figures.name = facts->organizationName;
        addCase(entry, *facts, trouble.value(facts->caseId));
        const auto money = received.value(facts->caseId);
        for (auto it = money.begin(); it != money.end(); ++it)
            entry.figures.received[it.key()] += it.value();
    }
    std::vector<OrganizationFigures> rows;
    for (auto &[id, entry] : sums)
        rows.push_back(finish(entry));
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        if (a.name.isEmpty() != b.name.isEmpty())
            return b.name.isEmpty(); // "no organization" last
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return rows;
}

std::vector<MonthFigures> byMonth(const std::vector<const CaseFacts *> &cases,
                                  const std::vector<const ItemFacts *> &items,
                                  const QHash<RowId, const CaseFacts *> &byId)
{
    std::map<QDate, MonthFigures> months;
    auto at = [&months](const QDate &date) -> MonthFigures & {
        auto &month = months[monthOf(date)];
        month.month = monthOf(date);
        return month;
    };
    for (const CaseFacts *facts : cases) {
        if (const QDate opened = localDate(facts->openedAt); opened.isValid())
            ++at(opened).opened;
        if (facts->outcome)
            if (const QDate closed = localDate(facts->closedAt); closed.isValid())
                ++at(closed).closed;
    }
    for (const ItemFacts *item : items) {
        // An item without a date counts in the month its case was closed.
        QDate when = item->receivedOn;
        if (!when.isValid())
            when = localDate(byId.value(item->caseId)->closedAt);
        if (when.isValid())
            at(when).received[item->currency] += item->amountMinor;
    }
    std::vector<MonthFigures> rows;
    if (months.empty())
        return rows;
    // Every month from the first to the last, the empty ones too: a gap is a fact.
    const QDate last = months.rbegin()->first;
    for (QDate month = months.begin()->first; month <= last; month = month.addMonths(1)) {
        auto found = months.find(month);
        rows.push_back(found != months.end() ? found->second : MonthFigures{month, 0, 0, {}});
    }
    return rows;
}

std::vector<ContactFigures> byContact(const std::vector<ContactCaseFacts> &contactCases,
                                      const QHash<RowId, const CaseFacts *> &byId)
{
    std::map<RowId, ContactFigures> contacts;
    for (const auto &part : contactCases) {
        const CaseFacts *facts = byId.value(part.caseId);
        if (!facts)
            continue; // filtered out
        auto &figures = contacts[part.contactId];
        figures.contactId = part.contactId;
        figures.name = part.contactName;
        figures.organizationName = part.organizationName;
        ++figures.cases;
        figures.promisesKept += part.promisesKept;
        figures.promisesBroken += part.promisesBroken;
        if (resolvedCase(*facts))
            ++figures.casesResolved;
        if (facts->resolvedByContactId == part.contactId && facts->outcome)
            ++figures.namedAsResolver;
    }
    std::vector<ContactFigures> rows;
    for (auto &[id, figures] : contacts)
        rows.push_back(figures);
    std::stable_sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    return rows;
}

} // namespace

QDate localDate(const Instant &at)
{
    if (at.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(at.utcMs + qint64(at.offsetSeconds) * 1000, Qt::UTC)
        .date();
}

std::optional<double> OrganizationFigures::shareResolved() const
{
    if (closed == 0)
        return std::nullopt;
    return double(resolved) / double(closed);
}

OutcomeFigures OutcomeFigures::compute(const OutcomeFacts &facts, const OutcomeFilter &filter,
                                       bool withContacts)
{
    OutcomeFigures figures;
    std::vector<const CaseFacts *> cases;
    QHash<RowId, const CaseFacts *> byId;
    for (const auto &row : facts.cases)
        if (filter.accepts(row)) {
            cases.push_back(&row);
            byId.insert(row.caseId, &row);
        }
    std::vector<const ItemFacts *> items;
    QHash<RowId, CurrencyTotals> received;
    for (const auto &item : facts.items)
        if (byId.contains(item.caseId)) {
            items.push_back(&item);
            received[item.caseId][item.currency] += item.amountMinor;
            figures.received[item.currency] += item.amountMinor;
        }
    for (const CaseFacts *row : cases) {
        ++figures.cases;
        if (row->outcome)
            ++figures.closed;
        if (resolvedCase(*row))
            ++figures.resolved;
        if (row->soughtMinor > 0)
            figures.sought[row->currency] += row->soughtMinor;
    }
    QHash<RowId, Trouble> trouble;
    for (const CaseFacts *row : cases) {
        const auto one = Trouble::of(*row, facts.today);
        trouble.insert(row->caseId, one);
        figures.caseTrouble.push_back({row->caseId, row->title, row->organizationName,
                                       row->outcome.has_value(), row->status, one});
    }
    std::stable_sort(figures.caseTrouble.begin(), figures.caseTrouble.end(),
                     [](const CaseTrouble &a, const CaseTrouble &b) {
                         if (a.trouble.contacts() != b.trouble.contacts())
                             return a.trouble.contacts() > b.trouble.contacts();
                         return a.trouble.callSeconds > b.trouble.callSeconds;
                     });
    figures.organizations = byOrganization(cases, received, trouble);
    figures.months = byMonth(cases, items, byId);
    if (withContacts)
        figures.contacts = byContact(facts.contactCases, byId);
    return figures;
}

} // namespace leverage::outcomes
