#include "core/letters/LetterFactsReader.h"

#include "core/domain/Money.h"
#include "core/escalation/EscalationService.h"
#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace leverage {
namespace {

QDate dateOf(const Instant &instant)
{
    return instant.isNull() ? QDate() : instant.toDateTime().date();
}

QStringList addressLines(const PostalAddress &address)
{
    QStringList lines;
    for (const auto &part : {address.poBox, address.extended, address.street})
        if (!part.trimmed().isEmpty())
            lines << part.trimmed();
    const QString town = QStringList{address.locality, address.region, address.postalCode}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QLatin1Char(' '));
    if (!town.isEmpty())
        lines << town;
    if (!address.country.trimmed().isEmpty())
        lines << address.country.trimmed();
    return lines;
}

QString salutationFor(const Contact &contact)
{
    if (!contact.honorificPrefix.isEmpty() && !contact.familyName.isEmpty())
        return QStringLiteral("Dear %1 %2").arg(contact.honorificPrefix, contact.familyName);
    if (!contact.name.isEmpty())
        return QStringLiteral("Dear %1").arg(contact.name);
    return QStringLiteral("Dear Sir or Madam");
}

LetterFacts::Contact contactOf(const TimelineEntry &entry)
{
    return {dateOf(entry.occurredAt), channelLabel(entry.channel).toLower(), entry.personName,
            entry.personPosition, entry.summary};
}

} // namespace

Result<LetterFacts::Person> LetterFactsReader::person(RowId contactId) const
{
    LetterFacts::Person person;
    person.contactId = contactId;
    auto contact = m_workspace.contacts().get(contactId);
    if (!contact)
        return contact.error();
    person.name = contact->name;
    person.position = contact->position;
    person.salutation = salutationFor(*contact);
    person.email = contact->email;
    if (contact->organizationId > 0) {
        auto organization = m_workspace.organizations().get(contact->organizationId);
        if (organization)
            person.organization = organization->name;
    }
    // A work address first: letters go to the office.
    const auto &addresses = contact->addresses;
    auto work = std::find_if(addresses.begin(), addresses.end(), [](const PostalAddress &a) {
        return a.kind.isEmpty() || a.kind.compare(QLatin1String("work"), Qt::CaseInsensitive) == 0;
    });
    if (work == addresses.end())
        work = addresses.begin();
    if (work != addresses.end())
        person.addressLines = addressLines(*work);
    return person;
}

Result<LetterFacts> LetterFactsReader::read(const Request &request,
                                            const QDateTime &writtenAt) const
{
    LetterFacts facts;
    facts.kind = request.kind;
    facts.tone = request.tone;
    const QDateTime now = writtenAt.isValid() ? writtenAt : m_workspace.clock().now();
    facts.today = now.date();
    facts.deadlineDays = request.deadlineDays;
    facts.deadline = facts.today.addDays(request.deadlineDays);

    auto theCase = m_workspace.cases().get(request.caseId);
    if (!theCase)
        return theCase.error();
    facts.caseTitle = theCase->title;
    facts.opened = dateOf(theCase->openedAt);
    facts.desiredOutcome = theCase->desiredOutcome;
    if (theCase->amountSoughtCents > 0)
        facts.amountSought = plainMoney(theCase->amountSoughtCents, theCase->currency);
    if (theCase->organizationId > 0) {
        auto organization = m_workspace.organizations().get(theCase->organizationId);
        if (organization)
            facts.organization = organization->name;
    }

    LetterSettingsRepository settings(m_workspace);
    auto me = settings.myDetails();
    if (!me)
        return me.error();
    facts.me = *me;
    // The case's own reference first, then the numbers the user added for letters.
    if (!theCase->reference.isEmpty())
        facts.references.append({QStringLiteral("Reference"), theCase->reference});
    auto numbers = settings.caseNumbers(request.caseId);
    if (!numbers)
        return numbers.error();
    facts.references += *numbers;

    if (request.contactId > 0) {
        auto to = person(request.contactId);
        if (!to)
            return to.error();
        facts.to = *to;
    } else {
        facts.to.organization = facts.organization;
        facts.to.name = QStringLiteral("Customer Relations");
        facts.to.salutation = QStringLiteral("Dear Sir or Madam");
    }
    if (facts.to.organization.isEmpty())
        facts.to.organization = facts.organization;

    // The letter's own moment is excluded: a letter recorded on the entry that sent it does
    // not cite itself.
    const qint64 before = now.toMSecsSinceEpoch();
    if (auto status = readHistory(request.caseId, before, facts); !status)
        return status.error();
    if (auto status = readPromises(request, before, facts); !status)
        return status.error();
    if (auto status = readPath(request.caseId, before, facts); !status)
        return status.error();
    if (request.kind == LetterKind::ThankYou)
        if (auto status = readThanks(request.caseId, before, facts); !status)
            return status.error();

    if (request.kind != LetterKind::ThankYou)
        facts.enclosures << QStringLiteral("The case dossier (a dated record of every contact)");
    if (request.kind == LetterKind::RegulatorComplaint)
        facts.enclosures << QStringLiteral("Copies of my earlier letters");
    return facts;
}

Status LetterFactsReader::readHistory(RowId caseId, qint64 before, LetterFacts &facts) const
{
    auto &timeline = m_workspace.timeline();
    const qint64 until = before - 1;
    auto count = timeline.count(caseId, until);
    if (!count)
        return count.status();
    facts.contactCount = *count;
    auto first = timeline.page(caseId, false, 0, kEarliest, until);
    if (!first)
        return first.status();
    const int latestCount =
        static_cast<int>(std::clamp<qint64>(*count - first->size(), 0, kLatest));
    auto last = timeline.page(caseId, true, 0, latestCount, until);
    if (!last)
        return last.status();
    for (const auto &entry : *first)
        facts.earliest.append(contactOf(entry));
    for (auto it = last->crbegin(); it != last->crend(); ++it)
        facts.latest.append(contactOf(*it));
    facts.contactsOmitted = *count - first->size() - last->size();
    if (!first->isEmpty())
        facts.firstContact = dateOf(first->constFirst().occurredAt);
    if (!last->isEmpty())
        facts.lastContact = dateOf(last->constFirst().occurredAt);
    else if (!first->isEmpty())
        facts.lastContact = dateOf(first->constLast().occurredAt);
    return {};
}

Status LetterFactsReader::readPromises(const Request &request, qint64 before,
                                       LetterFacts &facts) const
{
    auto commitments = m_workspace.commitments().forCase(request.caseId);
    if (!commitments)
        return commitments.status();
    QList<LetterFacts::Promise> all;
    std::optional<LetterFacts::Promise> chosen;
    int chosenRank = 0;
    for (const auto &stored : *commitments) {
        if (!stored.madeAt.isNull() && stored.madeAt.utcMs >= before)
            continue; // promised after the letter
        // As it stood on the letter's date: a promise settled later was still pending then.
        Commitment commitment = stored;
        if (!commitment.statusChangedAt.isNull() && commitment.statusChangedAt.utcMs >= before)
            commitment.status = CommitmentStatus::Pending;
        LetterFacts::Promise promise;
        promise.made = dateOf(commitment.madeAt);
        promise.who = commitment.madeByName;
        promise.what = commitment.what;
        promise.due = dateOf(commitment.dueAt);
        promise.state = commitmentStatusLabel(commitment.status).toLower();
        promise.broken = commitment.status == CommitmentStatus::Broken;
        promise.overdue = commitment.status == CommitmentStatus::Pending &&
                          !commitment.dueAt.isNull() && commitment.dueAt.utcMs < before;
        if (commitment.contactId > 0) {
            auto contact = m_workspace.contacts().get(commitment.contactId);
            if (contact) {
                promise.position = contact->position;
                if (promise.who.isEmpty())
                    promise.who = contact->name;
            }
        }
        if (promise.overdue)
            promise.state = QStringLiteral("not kept (overdue)");
        facts.promisesKept += commitment.status == CommitmentStatus::Kept;
        facts.promisesBroken += promise.broken || promise.overdue;
        // The one to quote: the asked-for one, else the addressee's own, a promise marked
        // broken before one only overdue, the latest of equals.
        const int rank =
            request.commitmentId > 0
                ? (commitment.meta.id == request.commitmentId ? 8 : 0)
                : (promise.broken || promise.overdue) *
                      (1 +
                       2 * (request.contactId > 0 && commitment.contactId == request.contactId) +
                       promise.broken);
        if (rank > 0 && rank >= chosenRank) {
            chosen = promise;
            chosenRank = rank;
        }
        all.append(promise);
    }
    // Broken and overdue ones first (the letter's point), each group in the order made.
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
        return (a.broken || a.overdue) > (b.broken || b.overdue);
    });
    facts.promisesOmitted = std::max(0, static_cast<int>(all.size()) - kPromises);
    facts.promises = all.mid(0, kPromises);
    facts.brokenPromise = chosen;
    return {};
}

Status LetterFactsReader::readPath(RowId caseId, qint64 before, LetterFacts &facts) const
{
    // Where the case stood on the letter's date, by the one reading of the path the pane and
    // the dossier use (the stored steps with the timeline, read a page at a time): a level
    // counts as tried when it was reached before the letter (or reached with no date kept).
    auto standing = EscalationService(m_workspace).standing(caseId);
    if (!standing)
        return standing.status();
    const auto &levels = standing->levels;
    const auto reachedBefore = [before](const EscalationStanding::Level &level) {
        const bool reached =
            level.status == EscalationStatus::Done || level.status == EscalationStatus::Current;
        return reached && (level.reachedAt.isNull() || level.reachedAt.utcMs < before);
    };
    int lastTried = -1;
    for (int i = 0; i < levels.size(); ++i)
        if (reachedBefore(levels.at(i)))
            lastTried = i;
    auto targetOf = [this](const EscalationStep &step) {
        if (step.contactId > 0) {
            auto contact = m_workspace.contacts().get(step.contactId);
            if (contact)
                return contact->name;
        }
        if (step.organizationId > 0) {
            auto organization = m_workspace.organizations().get(step.organizationId);
            if (organization)
                return organization->name;
        }
        return step.targetText;
    };
    for (int i = 0; i <= lastTried; ++i) {
        const auto &step = levels.at(i).step;
        if (levels.at(i).status == EscalationStatus::Skipped)
            continue;
        facts.levelsTried.append({escalationLevelLabel(step.level), targetOf(step)});
    }
    for (int i = lastTried + 1; i < levels.size(); ++i) {
        const auto &step = levels.at(i).step;
        if (levels.at(i).status == EscalationStatus::Skipped)
            continue;
        // By the body's name where the level is an outside body ("the State Department of
        // Insurance"), else by the person's, else by the level's.
        QString target;
        if (step.organizationId > 0) {
            auto organization = m_workspace.organizations().get(step.organizationId);
            if (organization)
                target = organization->name;
        }
        if (target.isEmpty())
            target = targetOf(step);
        facts.nextLevel = target.isEmpty() ? escalationLevelLabel(step.level) : target;
        break;
    }
    return {};
}

Result<QString> LetterFactsReader::nextLevel(RowId caseId) const
{
    LetterFacts facts;
    if (auto status = readPath(caseId, std::numeric_limits<qint64>::max(), facts); !status)
        return status.error();
    return facts.nextLevel;
}

Status LetterFactsReader::readThanks(RowId caseId, qint64 before, LetterFacts &facts) const
{
    if (facts.to.contactId <= 0)
        return {};
    // What they did: the summary of the latest contact of this case with them.
    auto entries = m_workspace.timeline().forContact(facts.to.contactId);
    if (!entries)
        return entries.status();
    for (auto it = entries->crbegin(); it != entries->crend(); ++it)
        if (it->caseId == caseId && it->occurredAt.utcMs < before) {
            facts.thanksFor = it->summary;
            facts.thanksDate = dateOf(it->occurredAt);
            break;
        }
    // The copy goes to the person they report to (the org chart), else to the executive
    // office of the case's path.
    auto contact = m_workspace.contacts().get(facts.to.contactId);
    if (contact && contact->supervisorId > 0) {
        auto supervisor = person(contact->supervisorId);
        if (supervisor)
            facts.cc.append(*supervisor);
    }
    if (facts.cc.isEmpty()) {
        auto steps = m_workspace.escalation().forCase(caseId);
        if (!steps)
            return steps.status();
        for (const auto &step : *steps)
            if (step.level == EscalationLevel::ExecutiveOffice && step.contactId > 0) {
                auto office = person(step.contactId);
                if (office)
                    facts.cc.append(*office);
                break;
            }
    }
    return {};
}

} // namespace leverage
