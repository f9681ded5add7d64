#include "core/outcomes/OutcomeGrouper.h"

#include <QCollator>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <map>
#include <numeric>

namespace leverage::outcomes {
namespace {

constexpr double kMsPerDay = 24.0 * 60 * 60 * 1000;

int monthNumber(const QDate &date)
{
    return date.year() * 12 + date.month() - 1;
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

// Index order of `count` things by their names as a person sorts them (the user's locale),
// equal names by their order given: each name's sort key made once, not one comparison of
// two texts per step of the sort (thousands of contacts).
template <typename NameOf> std::vector<int> byName(std::size_t count, NameOf nameOf)
{
    QCollator collator;
    std::vector<QCollatorSortKey> keys;
    keys.reserve(count);
    for (std::size_t i = 0; i < count; ++i)
        keys.push_back(collator.sortKey(nameOf(i)));
    std::vector<int> order(count);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&keys](int a, int b) {
        return keys[std::size_t(a)].compare(keys[std::size_t(b)]) < 0;
    });
    return order;
}

} // namespace

OutcomeGrouper::OutcomeGrouper(OutcomeFacts facts) : m_facts(std::move(facts))
{
    prepareCases();
    prepareContacts();
}

void OutcomeGrouper::setContacts(std::vector<ContactFacts> contacts,
                                 std::vector<ContactCaseFacts> parts)
{
    m_facts.contacts = std::move(contacts);
    m_facts.contactCases = std::move(parts);
    prepareContacts();
}

int OutcomeGrouper::monthIndex(const QDate &date) const
{
    return date.isValid() ? monthNumber(date) - monthNumber(m_firstMonth) : -1;
}

void OutcomeGrouper::prepareCases()
{
    const auto &cases = m_facts.cases;
    m_cases.assign(cases.size(), {});
    std::vector<QDate> closedOn(cases.size());
    std::vector<QDate> itemDates(m_facts.items.size());
    QDate first;
    const auto see = [&first](const QDate &date) {
        if (date.isValid() && (!first.isValid() || date < first))
            first = date;
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        m_cases[i].openedOn = localDate(cases[i].openedAt);
        if (cases[i].outcome)
            closedOn[i] = localDate(cases[i].closedAt);
        see(m_cases[i].openedOn);
        see(closedOn[i]);
    }
    // Each item by its case (both by case id): what it received, and in which month (an item
    // without a date counts in the month its case was closed).
    m_itemCases.assign(m_facts.items.size(), -1);
    QHash<RowId, int> caseIndex;
    caseIndex.reserve(qsizetype(cases.size()));
    for (std::size_t i = 0; i < cases.size(); ++i)
        caseIndex.insert(cases[i].caseId, int(i));
    for (std::size_t i = 0; i < m_facts.items.size(); ++i) {
        const auto &item = m_facts.items[i];
        const int index = caseIndex.value(item.caseId, -1);
        m_itemCases[i] = index;
        if (index < 0)
            continue;
        m_cases[std::size_t(index)].received[item.currency] += item.amountMinor;
        itemDates[i] = item.receivedOn.isValid() ? item.receivedOn : closedOn[std::size_t(index)];
        see(itemDates[i]);
    }
    m_firstMonth = first.isValid() ? QDate(first.year(), first.month(), 1) : QDate();
    m_monthCount = 0;
    m_itemMonths.assign(m_facts.items.size(), -1);
    for (std::size_t i = 0; i < m_facts.items.size(); ++i)
        m_monthCount = std::max(m_monthCount, (m_itemMonths[i] = monthIndex(itemDates[i])) + 1);

    QHash<RowId, int> organizationIndex;
    std::vector<std::pair<RowId, QString>> organizations;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        auto &prepared = m_cases[i];
        prepared.openedMonth = monthIndex(prepared.openedOn);
        prepared.closedMonth = monthIndex(closedOn[i]);
        m_monthCount = std::max({m_monthCount, prepared.openedMonth + 1, prepared.closedMonth + 1});
        prepared.resolved = resolvedCase(cases[i]);
        prepared.trouble = Trouble::of(cases[i], m_facts.today);
        const auto found = organizationIndex.constFind(cases[i].organizationId);
        if (found != organizationIndex.cend()) {
            prepared.organization = found.value();
            continue;
        }
        prepared.organization = int(organizations.size());
        organizationIndex.insert(cases[i].organizationId, prepared.organization);
        organizations.emplace_back(cases[i].organizationId, cases[i].organizationName);
    }

    // The organizations by name, "no organization" (no name) last; the same name by id.
    std::vector<int> byId(organizations.size());
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&organizations](int a, int b) {
        return organizations[std::size_t(a)].first < organizations[std::size_t(b)].first;
    });
    auto order = byName(byId.size(),
                        [&](std::size_t i) { return organizations[std::size_t(byId[i])].second; });
    std::stable_partition(order.begin(), order.end(), [&](int i) {
        return !organizations[std::size_t(byId[std::size_t(i)])].second.isEmpty();
    });
    std::vector<int> place(organizations.size());
    m_organizations.clear();
    for (const int i : order) {
        const int original = byId[std::size_t(i)];
        place[std::size_t(original)] = int(m_organizations.size());
        m_organizations.push_back(organizations[std::size_t(original)]);
    }
    for (auto &prepared : m_cases)
        prepared.organization = place[std::size_t(prepared.organization)];

    QSet<QString> sectors;
    for (const auto &row : cases)
        if (!row.sector.isEmpty())
            sectors.insert(row.sector);
    m_sectors = QStringList(sectors.begin(), sectors.end());
    m_sectors.sort();

    // The most contacts first, then the most time on calls; equal ones by id.
    m_mostTroubleFirst.resize(cases.size());
    std::iota(m_mostTroubleFirst.begin(), m_mostTroubleFirst.end(), 0);
    std::stable_sort(m_mostTroubleFirst.begin(), m_mostTroubleFirst.end(), [this](int a, int b) {
        const Trouble &x = m_cases[std::size_t(a)].trouble;
        const Trouble &y = m_cases[std::size_t(b)].trouble;
        if (x.contacts() != y.contacts())
            return x.contacts() > y.contacts();
        return x.callSeconds > y.callSeconds;
    });
}

void OutcomeGrouper::prepareContacts()
{
    const auto &contacts = m_facts.contacts;
    // Each contact's place in name order, found by id (the contacts come by id).
    const auto order =
        byName(contacts.size(), [&contacts](std::size_t i) { return contacts[i].name; });
    m_contactsByName = order;
    QHash<RowId, int> rank;
    rank.reserve(qsizetype(contacts.size()));
    for (std::size_t place = 0; place < order.size(); ++place)
        rank.insert(contacts[std::size_t(order[place])].contactId, int(place));

    // The parts side by side per case: both lists are by case id, so one walk pairs them.
    const auto &cases = m_facts.cases;
    m_parts.clear();
    m_parts.reserve(m_facts.contactCases.size());
    m_partsOfCase.assign(cases.size() + 1, 0);
    std::size_t caseIndex = 0;
    RowId lastContact = 0;
    int lastPlace = -1;
    for (const auto &part : m_facts.contactCases) {
        while (caseIndex < cases.size() && cases[caseIndex].caseId < part.caseId)
            m_partsOfCase[++caseIndex] = m_parts.size();
        if (caseIndex == cases.size() || cases[caseIndex].caseId != part.caseId)
            continue; // a case no longer there
        if (part.contactId != lastContact) {
            lastContact = part.contactId;
            lastPlace = rank.value(part.contactId, -1);
        }
        if (lastPlace >= 0)
            m_parts.push_back({lastPlace, part.promisesKept, part.promisesBroken});
    }
    while (caseIndex < cases.size())
        m_partsOfCase[++caseIndex] = m_parts.size();
    // Read once into the parts; the figures need only those (a million rows, 24 MB).
    m_facts.contactCases.clear();
    m_facts.contactCases.shrink_to_fit();
    for (std::size_t i = 0; i < cases.size(); ++i)
        m_cases[i].resolver =
            cases[i].outcome ? rank.value(cases[i].resolvedByContactId, kNobody) : kNobody;
}

OutcomeFigures OutcomeGrouper::figures(const OutcomeFilter &filter, Parts parts) const
{
    OutcomeFigures figures;
    const auto &cases = m_facts.cases;
    std::vector<char> accepted(cases.size(), 0);
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const CaseFacts &row = cases[i];
        if (!filter.accepts(row, m_cases[i].openedOn))
            continue;
        accepted[i] = 1;
        ++figures.cases;
        if (row.outcome)
            ++figures.closed;
        if (m_cases[i].resolved)
            ++figures.resolved;
        if (row.soughtMinor > 0)
            figures.sought[row.currency] += row.soughtMinor;
        const CurrencyTotals &received = m_cases[i].received;
        for (auto it = received.begin(); it != received.end(); ++it)
            figures.received[it.key()] += it.value();
    }
    addOrganizations(figures, accepted);
    if (parts.testFlag(Part::Months))
        addMonths(figures, accepted);
    if (parts.testFlag(Part::CaseTrouble))
        addCaseTrouble(figures, accepted);
    if (parts.testFlag(Part::Contacts))
        addContacts(figures, accepted);
    return figures;
}

void OutcomeGrouper::addOrganizations(OutcomeFigures &figures,
                                      const std::vector<char> &accepted) const
{
    std::vector<OrganizationSums> sums(m_organizations.size());
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        if (!accepted[i])
            continue;
        const Prepared &prepared = m_cases[i];
        auto &entry = sums[std::size_t(prepared.organization)];
        addCase(entry, m_facts.cases[i], prepared.trouble);
        for (auto it = prepared.received.begin(); it != prepared.received.end(); ++it)
            entry.figures.received[it.key()] += it.value();
    }
    for (std::size_t i = 0; i < sums.size(); ++i) {
        if (sums[i].figures.cases == 0)
            continue;
        sums[i].figures.organizationId = m_organizations[i].first;
        sums[i].figures.name = m_organizations[i].second;
        figures.organizations.push_back(finish(sums[i]));
    }
}

void OutcomeGrouper::addMonths(OutcomeFigures &figures, const std::vector<char> &accepted) const
{
    std::vector<MonthFigures> months(static_cast<std::size_t>(m_monthCount));
    int first = m_monthCount;
    int last = -1;
    const auto at = [&](int index) -> MonthFigures & {
        first = std::min(first, index);
        last = std::max(last, index);
        return months[std::size_t(index)];
    };
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        if (!accepted[i])
            continue;
        if (m_cases[i].openedMonth >= 0)
            ++at(m_cases[i].openedMonth).opened;
        if (m_cases[i].closedMonth >= 0)
            ++at(m_cases[i].closedMonth).closed;
    }
    for (std::size_t i = 0; i < m_facts.items.size(); ++i) {
        const int caseIndex = m_itemCases[i];
        if (caseIndex < 0 || !accepted[std::size_t(caseIndex)] || m_itemMonths[i] < 0)
            continue;
        const auto &item = m_facts.items[i];
        at(m_itemMonths[i]).received[item.currency] += item.amountMinor;
    }
    // Every month from the first to the last, the empty ones too: a gap is a fact.
    for (int index = first; index <= last; ++index) {
        figures.months.push_back(months[std::size_t(index)]);
        figures.months.back().month = m_firstMonth.addMonths(index);
    }
}

void OutcomeGrouper::addCaseTrouble(OutcomeFigures &figures,
                                    const std::vector<char> &accepted) const
{
    figures.caseTrouble.reserve(std::size_t(figures.cases));
    for (const int i : m_mostTroubleFirst) {
        if (!accepted[std::size_t(i)])
            continue;
        const CaseFacts &row = m_facts.cases[std::size_t(i)];
        figures.caseTrouble.push_back({row.caseId, row.title, row.organizationName,
                                       row.outcome.has_value(), row.status,
                                       m_cases[std::size_t(i)].trouble});
    }
}

void OutcomeGrouper::addContacts(OutcomeFigures &figures, const std::vector<char> &accepted) const
{
    // The counts by the contact's place in name order, so that the rows come out sorted. Plain
    // pointers in the loop: it runs a million times on a large workspace, and a debug build
    // does not inline the containers' accessors.
    struct Counts
    {
        int cases = 0;
        int casesResolved = 0;
        int namedAsResolver = 0;
        int promisesKept = 0;
        int promisesBroken = 0;
    };
    std::vector<Counts> counts(m_contactsByName.size());
    Counts *const sums = counts.data();
    const ContactPart *const parts = m_parts.data();
    const std::size_t *const partsOfCase = m_partsOfCase.data();
    for (std::size_t i = 0; i < accepted.size(); ++i) {
        if (!accepted[i])
            continue;
        const int resolved = m_cases[i].resolved ? 1 : 0;
        const int resolver = m_cases[i].resolver;
        for (const ContactPart *part = parts + partsOfCase[i], *end = parts + partsOfCase[i + 1];
             part != end; ++part) {
            Counts &sum = sums[part->contact];
            ++sum.cases;
            sum.casesResolved += resolved;
            sum.promisesKept += part->promisesKept;
            sum.promisesBroken += part->promisesBroken;
            if (part->contact == resolver)
                ++sum.namedAsResolver;
        }
    }
    for (std::size_t place = 0; place < counts.size(); ++place) {
        const Counts &sum = counts[place];
        if (sum.cases == 0)
            continue;
        const ContactFacts &contact = m_facts.contacts[std::size_t(m_contactsByName[place])];
        figures.contacts.push_back({contact.contactId, contact.name, contact.organizationName,
                                    sum.cases, sum.casesResolved, sum.namedAsResolver,
                                    sum.promisesKept, sum.promisesBroken});
    }
}

} // namespace leverage::outcomes
