#include "core/letters/LetterContext.h"

#include <QLocale>

namespace leverage {
namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Counts as a reader expects them: "10,000".
std::string count(qint64 n)
{
    return utf8(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n));
}

std::string date(const QDate &date)
{
    return utf8(letterDate(date));
}

mstch::array lines(const QStringList &lines)
{
    mstch::array out;
    for (const auto &line : lines)
        out.push_back(mstch::map{{"line", utf8(line)}});
    return out;
}

mstch::array contacts(const QList<LetterFacts::Contact> &contacts)
{
    mstch::array out;
    for (const auto &c : contacts)
        out.push_back(mstch::map{{"date", date(c.date)},
                                 {"channel", utf8(c.channel)},
                                 {"name", utf8(c.name)},
                                 {"position", utf8(c.position)},
                                 {"summary", utf8(c.summary)}});
    return out;
}

mstch::map promise(const LetterFacts::Promise &p)
{
    return mstch::map{
        {"made", date(p.made)},           {"who", utf8(p.who)}, {"position", utf8(p.position)},
        {"what", utf8(p.what)},           {"due", date(p.due)}, {"state", utf8(p.state)},
        {"broken", p.broken || p.overdue}};
}

mstch::array people(const QList<LetterFacts::Person> &people)
{
    mstch::array out;
    for (const auto &p : people)
        out.push_back(mstch::map{{"name", utf8(p.name)},
                                 {"position", utf8(p.position)},
                                 {"organization", utf8(p.organization)}});
    return out;
}

} // namespace

QString letterDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return QLocale(QLocale::English, QLocale::UnitedKingdom)
        .toString(date, QStringLiteral("d MMMM yyyy"));
}

mstch::map letterContext(const LetterFacts &facts)
{
    mstch::array references;
    for (const auto &r : facts.references)
        references.push_back(mstch::map{{"label", utf8(r.kind)}, {"number", utf8(r.number)}});
    mstch::array promises;
    for (const auto &p : facts.promises)
        promises.push_back(promise(p));
    mstch::array levels;
    for (const auto &l : facts.levelsTried)
        levels.push_back(mstch::map{{"level", utf8(l.level)}, {"person", utf8(l.person)}});
    mstch::array enclosures;
    for (const auto &e : facts.enclosures)
        enclosures.push_back(mstch::map{{"item", utf8(e)}});
    // The quoted promise is a section: absent (an empty list) when there is none.
    mstch::array quoted;
    if (facts.brokenPromise)
        quoted.push_back(promise(*facts.brokenPromise));

    return mstch::map{
        {"today", date(facts.today)},
        {"myName", utf8(facts.me.name)},
        {"myAddress", lines(facts.me.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts))},
        {"myPhone", utf8(facts.me.phone)},
        {"myEmail", utf8(facts.me.email)},
        {"toName", utf8(facts.to.name)},
        {"toPosition", utf8(facts.to.position)},
        {"toOrganization", utf8(facts.to.organization)},
        {"toAddress", lines(facts.to.addressLines)},
        {"salutation", utf8(facts.to.salutation)},
        {"caseTitle", utf8(facts.caseTitle)},
        {"organization", utf8(facts.organization)},
        {"opened", date(facts.opened)},
        {"desiredOutcome", utf8(facts.desiredOutcome)},
        {"amountSought", utf8(facts.amountSought)},
        {"references", references},
        {"hasReferences", !facts.references.isEmpty()},
        {"contactCount", count(facts.contactCount)},
        {"hasHistory", facts.contactCount > 0},
        {"firstContact", date(facts.firstContact)},
        {"lastContact", date(facts.lastContact)},
        {"earliest", contacts(facts.earliest)},
        {"latest", contacts(facts.latest)},
        {"contactsOmitted", count(facts.contactsOmitted)},
        {"hasOmitted", facts.contactsOmitted > 0},
        {"promises", promises},
        {"hasPromises", !facts.promises.isEmpty()},
        {"promisesKept", count(facts.promisesKept)},
        {"promisesBroken", count(facts.promisesBroken)},
        {"promisesOmitted", count(facts.promisesOmitted)},
        {"hasPromisesOmitted", facts.promisesOmitted > 0},
        {"promise", quoted},
        {"levelsTried", levels},
        {"hasLevelsTried", !facts.levelsTried.isEmpty()},
        {"nextLevel", utf8(facts.nextLevel)},
        {"deadline", date(facts.deadline)},
        {"deadlineDays", count(facts.deadlineDays)},
        {"thanksFor", utf8(facts.thanksFor)},
        {"thanksDate", date(facts.thanksDate)},
        {"cc", people(facts.cc)},
        {"hasCc", !facts.cc.isEmpty()},
        {"enclosures", enclosures},
        {"hasEnclosures", !facts.enclosures.isEmpty()},
        {"courteous", facts.tone == LetterTone::Courteous},
        {"firm", facts.tone == LetterTone::Firm},
        {"final", facts.tone == LetterTone::Final},
    };
}

LetterFacts LetterFacts::sample()
{
    LetterFacts facts;
    const Contact contact{QDate(2026, 1, 1), QStringLiteral("call"), QStringLiteral("A"),
                          QStringLiteral("B"), QStringLiteral("C")};
    const Promise promise{QDate(2026, 1, 1),
                          QStringLiteral("A"),
                          QStringLiteral("B"),
                          QStringLiteral("C"),
                          QDate(2026, 1, 2),
                          QStringLiteral("broken"),
                          true,
                          false};
    Person person;
    person.name = QStringLiteral("A");
    facts.to.addressLines << QStringLiteral("A");
    facts.me.address = QStringLiteral("A");
    facts.cc << person;
    facts.references << CaseNumber{QStringLiteral("A"), QStringLiteral("B")};
    facts.earliest << contact;
    facts.latest << contact;
    facts.promises << promise;
    facts.brokenPromise = promise;
    facts.levelsTried << Level{QStringLiteral("A"), QStringLiteral("B")};
    facts.enclosures << QStringLiteral("A");
    return facts;
}

} // namespace leverage
