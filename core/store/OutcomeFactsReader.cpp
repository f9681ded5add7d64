#include "core/store/OutcomeFactsReader.h"

#include "core/outcomes/OutcomeFigures.h"
#include "core/services/Clock.h"
#include "core/store/InstantColumns.h"
#include "core/store/Statement.h"
#include "core/store/TroubleCostRepository.h"
#include "core/store/Workspace.h"

#include <algorithm>

namespace leverage {
namespace {

using namespace outcomes;

// Each case with its sums over entries and promises, as the store keeps them (CaseFigures:
// a row per case, kept by triggers; summing a million entries on every read took seconds).
// %1 narrows the cases to one or is empty.
const char *const kCasesSql =
    "SELECT c.id, c.title, coalesce(c.organization_id, 0), coalesce(o.name, ''), c.sector, "
    "c.status, "
    "c.opened_at, c.opened_offset, c.amount_sought_cents, c.currency, "
    "co.outcome, co.closed_at, co.closed_offset, co.reopened_at, coalesce(es.level, ''), "
    "coalesce(co.resolved_by_contact_id, 0), "
    "coalesce(f.hold_seconds, 0), coalesce(f.call_seconds, 0), coalesce(f.calls, 0), "
    "coalesce(f.people, 0), coalesce(f.effort_sum, 0), coalesce(f.effort_count, 0), "
    "coalesce(f.promises_kept, 0), coalesce(f.promises_broken, 0), coalesce(f.emails, 0), "
    "coalesce(f.letters, 0), coalesce(f.visits, 0), coalesce(f.chats, 0) "
    "FROM cases c "
    "LEFT JOIN organizations o ON o.id = c.organization_id "
    "LEFT JOIN case_outcomes co ON co.case_id = c.id "
    "LEFT JOIN escalation_steps es ON es.id = co.resolved_by_step_id "
    "LEFT JOIN case_figures f ON f.case_id = c.id %1 "
    "ORDER BY c.id";

// What each case cost out of pocket, per currency. %1 narrows it to one case or is empty.
const char *const kCostsSql = "SELECT case_id, currency, sum(amount_minor) FROM case_costs %1 "
                              "GROUP BY case_id, currency";

const char *const kItemsSql = "SELECT case_id, kind, amount_minor, currency, received_on "
                              "FROM outcome_items ORDER BY case_id, position";

// Everyone who could have a part, by id (the figures name them and their organization).
const char *const kContactsSql =
    "SELECT k.id, k.name, coalesce(o.name, '') FROM contacts k "
    "LEFT JOIN organizations o ON o.id = k.organization_id ORDER BY k.id";

// Who is named on each case's entries, as the store keeps it (CaseFigures), in its primary
// key's order: read as it lies, without grouping a million rows (that took seconds).
const char *const kContactPartsSql =
    "SELECT case_id, contact_id FROM case_contact_figures ORDER BY case_id, contact_id";

// The promises each contact made in each case, kept and broken, in the same order.
const char *const kPromisesSql =
    "SELECT case_id, contact_id, sum(CASE WHEN status = 'kept' THEN 1 ELSE 0 END), "
    "sum(CASE WHEN status = 'broken' THEN 1 ELSE 0 END) FROM commitments "
    "WHERE contact_id IS NOT NULL GROUP BY case_id, contact_id ORDER BY case_id, contact_id";

bool before(const ContactCaseFacts &a, const ContactCaseFacts &b)
{
    return a.caseId != b.caseId ? a.caseId < b.caseId : a.contactId < b.contactId;
}

} // namespace

Result<OutcomeFacts> OutcomeFactsReader::read(bool withContacts) const
{
    OutcomeFacts facts;
    facts.today = today();
    if (auto status = readCases(facts, 0); !status)
        return status.error();
    if (auto status = readItems(facts); !status)
        return status.error();
    if (withContacts)
        if (auto status = addContacts(facts); !status)
            return status.error();
    return facts;
}

QDate OutcomeFactsReader::today() const
{
    return localDate(Instant::fromDateTime(m_workspace.clock().now()));
}

Result<std::optional<CaseFacts>> OutcomeFactsReader::readCase(RowId caseId) const
{
    OutcomeFacts facts;
    if (auto status = readCases(facts, caseId); !status)
        return status.error();
    if (facts.cases.empty())
        return std::optional<CaseFacts>();
    return std::optional<CaseFacts>(std::move(facts.cases.front()));
}

Status OutcomeFactsReader::readCases(OutcomeFacts &facts, RowId onlyCase) const
{
    Statement statement(m_workspace.database(),
                        QString::fromLatin1(kCasesSql).arg(
                            onlyCase > 0 ? QStringLiteral("WHERE c.id = :case") : QString()));
    if (onlyCase > 0)
        statement.bind(QStringLiteral(":case"), onlyCase);
    if (auto status = statement.exec(); !status)
        return status;
    while (statement.next()) {
        CaseFacts row;
        row.caseId = statement.value(0).toLongLong();
        row.title = statement.value(1).toString();
        row.organizationId = statement.value(2).toLongLong();
        row.organizationName = statement.value(3).toString();
        row.sector = statement.value(4).toString();
        row.status = caseStatusFromKey(statement.value(5).toString()).value_or(CaseStatus::Open);
        row.openedAt = instantFromColumns(statement, 6);
        row.soughtMinor = statement.value(8).toLongLong();
        row.currency = statement.value(9).toString();
        const bool hasRecord = !statement.value(10).isNull();
        row.reopened = hasRecord && !statement.value(13).isNull();
        if (hasRecord && !row.reopened) {
            row.outcome = outcomeFromKey(statement.value(10).toString());
            row.closedAt = instantFromColumns(statement, 11);
        }
        row.resolvedByLevel = statement.value(14).toString();
        row.resolvedByContactId = statement.value(15).toLongLong();
        row.holdSeconds = statement.value(16).toLongLong();
        row.callSeconds = statement.value(17).toLongLong();
        row.calls = statement.value(18).toInt();
        row.contacts = statement.value(19).toInt();
        row.effortSum = statement.value(20).toLongLong();
        row.effortCount = statement.value(21).toInt();
        row.promisesKept = statement.value(22).toInt();
        row.promisesBroken = statement.value(23).toInt();
        row.emails = statement.value(24).toInt();
        row.letters = statement.value(25).toInt();
        row.visits = statement.value(26).toInt();
        row.chats = statement.value(27).toInt();
        facts.cases.push_back(std::move(row));
    }
    return readCosts(facts, onlyCase);
}

Status OutcomeFactsReader::readCosts(OutcomeFacts &facts, RowId onlyCase) const
{
    auto hourly = TroubleCostRepository(m_workspace).hourlyValue();
    if (!hourly)
        return hourly.error();
    for (auto &row : facts.cases)
        row.hourlyValue = *hourly;
    Statement statement(m_workspace.database(),
                        QString::fromLatin1(kCostsSql).arg(
                            onlyCase > 0 ? QStringLiteral("WHERE case_id = :case") : QString()));
    if (onlyCase > 0)
        statement.bind(QStringLiteral(":case"), onlyCase);
    if (auto status = statement.exec(); !status)
        return status;
    while (statement.next()) {
        // The cases are in id order.
        const RowId caseId = statement.value(0).toLongLong();
        const auto found =
            std::lower_bound(facts.cases.begin(), facts.cases.end(), caseId,
                             [](const CaseFacts &row, RowId id) { return row.caseId < id; });
        if (found != facts.cases.end() && found->caseId == caseId)
            found->outOfPocket[statement.value(1).toString()] += statement.value(2).toLongLong();
    }
    return {};
}

Status OutcomeFactsReader::readItems(OutcomeFacts &facts) const
{
    Statement statement(m_workspace.database(), QString::fromLatin1(kItemsSql));
    if (auto status = statement.exec(); !status)
        return status;
    while (statement.next()) {
        ItemFacts item;
        item.caseId = statement.value(0).toLongLong();
        item.kind =
            outcomeItemKindFromKey(statement.value(1).toString()).value_or(OutcomeItemKind::Other);
        item.amountMinor = statement.value(2).toLongLong();
        item.currency = statement.value(3).toString();
        item.receivedOn = QDate::fromString(statement.value(4).toString(), Qt::ISODate);
        facts.items.push_back(std::move(item));
    }
    return {};
}

Status OutcomeFactsReader::addContacts(OutcomeFacts &facts) const
{
    facts.contacts.clear();
    facts.contactCases.clear();
    Statement contacts(m_workspace.database(), QString::fromLatin1(kContactsSql));
    if (auto status = contacts.exec(); !status)
        return status;
    while (contacts.next())
        facts.contacts.push_back({contacts.value(0).toLongLong(), contacts.value(1).toString(),
                                  contacts.value(2).toString()});

    std::vector<ContactCaseFacts> promises;
    Statement promised(m_workspace.database(), QString::fromLatin1(kPromisesSql));
    if (auto status = promised.exec(); !status)
        return status;
    while (promised.next())
        promises.push_back({promised.value(0).toLongLong(), promised.value(1).toLongLong(),
                            promised.value(2).toInt(), promised.value(3).toInt()});

    // The named and the promised, both in (case, contact) order, merged into one row each.
    Statement named(m_workspace.database(), QString::fromLatin1(kContactPartsSql));
    if (auto status = named.exec(); !status)
        return status;
    auto promise = promises.cbegin();
    const auto addPromisesBefore = [&](const ContactCaseFacts *limit) {
        for (; promise != promises.cend() && (!limit || before(*promise, *limit)); ++promise)
            facts.contactCases.push_back(*promise);
    };
    while (named.next()) {
        ContactCaseFacts part{named.value(0).toLongLong(), named.value(1).toLongLong(), 0, 0};
        addPromisesBefore(&part);
        if (promise != promises.cend() && !before(part, *promise)) {
            part.promisesKept = promise->promisesKept;
            part.promisesBroken = promise->promisesBroken;
            ++promise;
        }
        facts.contactCases.push_back(part);
    }
    addPromisesBefore(nullptr);
    return {};
}

} // namespace leverage
