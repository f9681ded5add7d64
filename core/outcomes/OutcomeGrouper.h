#pragma once

#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/outcomes/OutcomeFilter.h"
#include "core/outcomes/Trouble.h"

#include <QFlags>
#include <QStringList>
#include <vector>

namespace leverage::outcomes {

// The facts made ready to be grouped again and again: a filter change regroups, the facts
// are read once per change in the workspace. What does not depend on the filter is worked out
// once here, when the facts come in: each case's local dates, its trouble, what it received,
// its organization's place in name order and its place in the order of the cases that took
// the most contacts; each contact's place in name order and each case's contact parts side
// by side. A regroup is then one pass over the cases the filter accepts (and over their
// contacts' parts, a million on a large workspace, when the per-contact figures are asked
// for), with no sorting, no text compared and no dates converted.
class OutcomeGrouper final
{
public:
    // The groupings beyond the totals and the organizations (the window's currency choice
    // needs those whatever is in view): only the ones asked for are filled in.
    enum class Part
    {
        Months = 0x1,
        Contacts = 0x2, // empty unless the facts have the contacts and their parts
        CaseTrouble = 0x4,
    };
    Q_DECLARE_FLAGS(Parts, Part)
    static constexpr Parts allParts() { return Parts(0x7); }

    explicit OutcomeGrouper(OutcomeFacts facts = {});

    // The facts as read, but for the contacts' parts (kept only in the grouper's own form).
    const OutcomeFacts &facts() const { return m_facts; }
    // Every organization with a case (id, name), by name; "no organization" (0) last.
    const std::vector<std::pair<RowId, QString>> &organizations() const { return m_organizations; }
    // Every sector a case has, sorted (the filter's choices, asked for on every redraw).
    const QStringList &sectors() const { return m_sectors; }
    // The contacts and their parts read after the rest (the per-contact figures asked for).
    void setContacts(std::vector<ContactFacts> contacts, std::vector<ContactCaseFacts> parts);

    OutcomeFigures figures(const OutcomeFilter &filter, Parts parts = allParts()) const;

private:
    static constexpr int kNobody = -2; // no contact's place (a part's is never negative)

    // A case's own figures that no filter changes.
    struct Prepared
    {
        QDate openedOn;
        int openedMonth = -1; // index into the months from m_firstMonth; -1: no date
        int closedMonth = -1; // -1: not closed with an outcome (or no date)
        bool resolved = false;
        int organization = 0; // index into m_organizations
        // The contact named as what resolved it, by place in name order (closed ones only).
        int resolver = kNobody;
        Trouble trouble;
        CurrencyTotals received;
    };
    // A contact's part in a case, by the contact's place in name order.
    struct ContactPart
    {
        int contact = 0;
        int promisesKept = 0;
        int promisesBroken = 0;
    };

    void prepareCases();
    void prepareContacts();
    int monthIndex(const QDate &date) const;
    void addOrganizations(OutcomeFigures &figures, const std::vector<char> &accepted) const;
    void addMonths(OutcomeFigures &figures, const std::vector<char> &accepted) const;
    void addCaseTrouble(OutcomeFigures &figures, const std::vector<char> &accepted) const;
    void addContacts(OutcomeFigures &figures, const std::vector<char> &accepted) const;

    OutcomeFacts m_facts;
    std::vector<Prepared> m_cases; // as m_facts.cases
    QDate m_firstMonth;            // of any case or item; invalid: none
    int m_monthCount = 0;
    std::vector<int> m_itemMonths;                          // as m_facts.items; -1: no date
    std::vector<int> m_itemCases;                           // as m_facts.items: the case's index
    std::vector<std::pair<RowId, QString>> m_organizations; // by name, "no organization" last
    QStringList m_sectors;
    std::vector<int> m_mostTroubleFirst;    // case indexes, the most contacts first
    std::vector<int> m_contactsByName;      // indexes into m_facts.contacts
    std::vector<std::size_t> m_partsOfCase; // case index → its first part; one past the end last
    std::vector<ContactPart> m_parts;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(OutcomeGrouper::Parts)

} // namespace leverage::outcomes
