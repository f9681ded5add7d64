#include "core/outcomes/Trouble.h"

#include "core/domain/Money.h"
#include "core/outcomes/OutcomeFacts.h"
#include "core/outcomes/OutcomeFigures.h"
#include "core/util/Translate.h"

#include <QStringList>
#include <algorithm>

namespace leverage::outcomes {
namespace {

// The texts below are marked for lupdate and translated where counted() uses them.
// "1 call", "2 calls": the English plural without a translation file's help.
QString counted(qint64 n, const char *one, const char *many)
{
    return tr(n == 1 ? one : many).arg(n);
}

} // namespace

qint64 Trouble::timeValueMinor() const
{
    return hourly.isSet() ? hourly.valueOf(callSeconds) : 0;
}

Trouble &Trouble::operator+=(const Trouble &other)
{
    calls += other.calls;
    emails += other.emails;
    letters += other.letters;
    visits += other.visits;
    chats += other.chats;
    callSeconds += other.callSeconds;
    holdSeconds += other.holdSeconds;
    daysOpen += other.daysOpen;
    promisesBroken += other.promisesBroken;
    if (!hourly.isSet())
        hourly = other.hourly;
    for (auto it = other.outOfPocket.begin(); it != other.outOfPocket.end(); ++it)
        outOfPocket[it.key()] += it.value();
    return *this;
}

Trouble Trouble::of(const CaseFacts &facts, const QDate &today)
{
    Trouble trouble;
    trouble.calls = facts.calls;
    trouble.emails = facts.emails;
    trouble.letters = facts.letters;
    trouble.visits = facts.visits;
    trouble.chats = facts.chats;
    trouble.callSeconds = facts.callSeconds;
    trouble.holdSeconds = facts.holdSeconds;
    trouble.promisesBroken = facts.promisesBroken;
    trouble.hourly = facts.hourlyValue;
    trouble.outOfPocket = facts.outOfPocket;
    const QDate opened = localDate(facts.openedAt);
    const QDate ended = facts.outcome ? localDate(facts.closedAt) : today;
    if (opened.isValid() && ended.isValid())
        trouble.daysOpen = std::max<qint64>(0, opened.daysTo(ended));
    return trouble;
}

QString Trouble::sentence() const
{
    QStringList kinds;
    struct Kind
    {
        int count;
        const char *one;
        const char *many;
    };
    const Kind counts[] = {{calls, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 call"),
                            QT_TRANSLATE_NOOP("leverage::outcomes", "%1 calls")},
                           {emails, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 e-mail"),
                            QT_TRANSLATE_NOOP("leverage::outcomes", "%1 e-mails")},
                           {letters, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 letter"),
                            QT_TRANSLATE_NOOP("leverage::outcomes", "%1 letters")},
                           {visits, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 visit"),
                            QT_TRANSLATE_NOOP("leverage::outcomes", "%1 visits")},
                           {chats, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 chat"),
                            QT_TRANSLATE_NOOP("leverage::outcomes", "%1 chats")}};
    for (const auto &kind : counts)
        if (kind.count > 0)
            kinds << counted(kind.count, kind.one, kind.many);
    QString contactsText =
        counted(contacts(), QT_TRANSLATE_NOOP("leverage::outcomes", "%1 contact"),
                QT_TRANSLATE_NOOP("leverage::outcomes", "%1 contacts"));
    if (!kinds.isEmpty())
        contactsText += QStringLiteral(" (%1)").arg(kinds.join(QStringLiteral(", ")));
    QStringList parts{contactsText};
    if (callSeconds > 0)
        parts << counted(callMinutes(),
                         QT_TRANSLATE_NOOP("leverage::outcomes", "%1 minute on the phone"),
                         QT_TRANSLATE_NOOP("leverage::outcomes", "%1 minutes on the phone")) +
                     (holdSeconds > 0 ? tr(" of which %1 on hold").arg(holdMinutes()) : QString());
    parts << counted(daysOpen, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 day open"),
                     QT_TRANSLATE_NOOP("leverage::outcomes", "%1 days open"));
    parts << counted(promisesBroken, QT_TRANSLATE_NOOP("leverage::outcomes", "%1 broken promise"),
                     QT_TRANSLATE_NOOP("leverage::outcomes", "%1 broken promises"));
    const QString last = parts.takeLast();
    const QString took = tr("It took %1 and %2.").arg(parts.join(QStringLiteral(", ")), last);
    const QString costs = costSentence();
    return costs.isEmpty() ? took : took + QLatin1Char(' ') + costs;
}

QString Trouble::costSentence() const
{
    // Money as the outcome line beside it says it ("$20.00", "€12.00 + $3.40"): each currency
    // apart, never converted.
    QStringList sentences;
    if (hourly.isSet() && callSeconds > 0)
        sentences << tr("At %1 an hour, the time on the phone is worth %2.")
                         .arg(plainMoney(hourly.amountMinor, hourly.currency),
                              plainMoney(timeValueMinor(), hourly.currency));
    if (!outOfPocket.isEmpty()) {
        QStringList amounts;
        for (auto it = outOfPocket.begin(); it != outOfPocket.end(); ++it)
            amounts << plainMoney(it.value(), it.key());
        sentences << tr("Out of pocket: %1.").arg(amounts.join(QStringLiteral(" + ")));
    }
    return sentences.join(QLatin1Char(' '));
}

} // namespace leverage::outcomes
