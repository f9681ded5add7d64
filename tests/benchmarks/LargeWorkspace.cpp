#include "tests/benchmarks/LargeWorkspace.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"

#include <QRandomGenerator>

namespace leverage::bench {
namespace {

// Deterministic text for variedText: a common vocabulary of the field, then rarer made-up
// words, drawn so that a few are frequent and most are rare (as in people's notes).
class TextMaker
{
public:
    explicit TextMaker(QRandomGenerator &random) : m_random(random)
    {
        const char *common[] = {
            "refund",      "claim",   "supervisor",  "manager",     "promised",
            "call",        "back",    "ticket",      "invoice",     "delivery",
            "damaged",     "voucher", "waived",      "fee",         "escalate",
            "complaint",   "hold",    "transferred", "reference",   "approved",
            "denied",      "policy",  "warranty",    "replacement", "pre-authorised",
            "credit",      "account", "cancelled",   "flight",      "hotel",
            "receipt",     "email",   "letter",      "deadline",    "days",
            "week",        "agent",   "department",  "billing",     "technician",
            "appointment", "missed"};
        for (const char *word : common)
            m_words << QString::fromLatin1(word);
        const char *syllables[] = {"ka",  "lo",  "mi", "ter", "van", "ro",  "su",  "del", "an",
                                   "qui", "bre", "to", "ne",  "sa",  "lin", "por", "gu",  "ez"};
        for (int i = 0; m_words.size() < 3000; ++i) // three syllables: unique up to 18³
            m_words << QString::fromLatin1(syllables[i % 18]) +
                           QString::fromLatin1(syllables[(i / 18) % 18]) +
                           QString::fromLatin1(syllables[(i / 324) % 18]);
        const char *given[] = {"Anna", "Jürgen", "Maria", "José",  "Wei",  "Fatima", "David",
                               "Yuki", "Olga",   "Ahmed", "Chloé", "Sean", "Priya",  "Lars"};
        const char *family[] = {"Müller", "García",   "Chen",   "Okafor",  "Smith", "Novak",
                                "Haddad", "Kowalski", "Tanaka", "O'Brien", "Rossi", "Larsen"};
        for (const char *g : given)
            for (const char *f : family)
                m_people << QString::fromUtf8(g) + QLatin1Char(' ') + QString::fromUtf8(f);
    }

    QString words(int count)
    {
        QStringList picked;
        for (int i = 0; i < count; ++i) {
            // Squared: low indexes (the common words) come far more often.
            const double u = m_random.generateDouble();
            picked << m_words.at(int(u * u * double(m_words.size())));
        }
        return picked.join(QLatin1Char(' '));
    }
    QString person() { return m_people.at(int(m_random.bounded(quint32(m_people.size())))); }
    QString reference()
    {
        return QStringLiteral("%1-%2-%3")
            .arg(m_random.bounded(100), 2, 10, QLatin1Char('0'))
            .arg(m_random.bounded(1000), 3, 10, QLatin1Char('0'))
            .arg(m_random.bounded(10000), 4, 10, QLatin1Char('0'));
    }

private:
    QRandomGenerator &m_random;
    QStringList m_words;
    QStringList m_people;
};

} // namespace

Status generateLargeWorkspace(Workspace &workspace, const LargeWorkspaceSize &size)
{
    QRandomGenerator random(7);
    const auto now = workspace.clock().now();
    const int offset = now.offsetFromUtc();
    const qint64 nowMs = now.toMSecsSinceEpoch();
    constexpr qint64 kYearMs = 365LL * 24 * 3600 * 1000;

    QList<Organization> organizations;
    for (int i = 0; i < size.organizations; ++i) {
        Organization o;
        o.name = QStringLiteral("Organization %1").arg(i + 1);
        o.kind = QStringLiteral("retailer");
        organizations.append(o);
    }
    if (auto status = workspace.organizations().addMany(organizations); !status)
        return status;

    QList<Contact> contacts;
    for (int i = 0; i < size.contacts; ++i) {
        Contact c;
        c.organizationId = organizations.at(i % size.organizations).meta.id;
        c.name = QStringLiteral("Person %1").arg(i + 1);
        c.position = QStringLiteral("Customer Service Agent");
        contacts.append(c);
    }
    if (auto status = workspace.contacts().addMany(contacts); !status)
        return status;

    QList<Case> cases;
    for (int i = 0; i < size.cases; ++i) {
        Case c;
        c.title = QStringLiteral("Case %1: refund not received").arg(i + 1);
        c.organizationId = organizations.at(i % size.organizations).meta.id;
        c.openedAt =
            Instant::fromUtcMs(nowMs - qint64(random.bounded(3 * 365)) * 86'400'000, offset);
        c.status = static_cast<CaseStatus>(random.bounded(5));
        cases.append(c);
    }
    if (auto status = workspace.cases().addMany(cases); !status)
        return status;

    // The heavy case first, then the rest spread evenly; written in chunks so the WAL and
    // memory stay small.
    constexpr int kChunk = 50'000;
    const int rest = size.entries - size.heavyCaseEntries;
    QList<TimelineEntry> chunk;
    chunk.reserve(kChunk);
    QRandomGenerator textRandom(11);
    TextMaker text(textRandom);
    for (int i = 0; i < size.entries; ++i) {
        TimelineEntry e;
        const int caseIndex = i < size.heavyCaseEntries
                                  ? 0
                                  : 1 + (i - size.heavyCaseEntries) % qMax(1, size.cases - 1);
        e.caseId = cases.at(qMin(caseIndex, size.cases - 1)).meta.id;
        e.channel = static_cast<Channel>(random.bounded(6));
        e.occurredAt = Instant::fromUtcMs(
            nowMs - qint64(random.bounded(quint32(kYearMs / 1000))) * 1000 * 3, offset);
        e.durationSeconds = 60 * int(random.bounded(40));
        e.holdSeconds = e.durationSeconds / 3;
        e.contactId = contacts.at(int(random.bounded(size.contacts))).meta.id;
        e.personName = QStringLiteral("Person");
        e.personPosition = QStringLiteral("Agent");
        e.referenceNumber = QStringLiteral("REF-%1").arg(i);
        e.summary = QStringLiteral("Status call about the refund; told to wait again");
        e.effort = 1 + int(random.bounded(5));
        if (size.variedText) {
            e.personName = text.person();
            e.referenceNumber = text.reference();
            e.summary = text.words(3 + int(textRandom.bounded(5)));
            e.notes = text.words(10 + int(textRandom.bounded(30)));
        }
        chunk.append(e);
        if (chunk.size() == kChunk || i + 1 == size.entries) {
            if (auto status = workspace.timeline().addMany(chunk); !status)
                return status;
            chunk.clear();
        }
    }
    Q_UNUSED(rest);
    return {};
}

} // namespace leverage::bench
