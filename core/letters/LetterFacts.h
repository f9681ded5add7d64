#pragma once

#include "core/letters/Letter.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace leverage {

// Everything a letter may say about its case, read once from the store (LetterFactsReader)
// and written out by a template (LetterComposer). Plain text: escaping is the template's.
struct LetterFacts
{
    struct Person
    {
        RowId contactId = 0;
        QString name;
        QString position;
        QString organization;
        QStringList addressLines;
        QString salutation; // "Dear Ms Wang", "Dear Sir or Madam"
        QString email;
    };
    // One contact of the case's history, as the timeline recorded it.
    struct Contact
    {
        QDate date;
        QString channel; // "call", "e-mail", …
        QString name;
        QString position;
        QString summary;
    };
    struct Promise
    {
        QDate made;
        QString who;
        QString position;
        QString what;
        QDate due;     // null: no date was given
        QString state; // "pending", "kept", "broken", "withdrawn"
        bool broken = false;
        bool overdue = false; // pending and past due
    };
    // A level of the escalation path already tried, with who was reached there.
    struct Level
    {
        QString level;
        QString person;
    };

    LetterKind kind = LetterKind::Complaint;
    LetterTone tone = LetterTone::Courteous;
    QDate today;
    MyDetails me;
    Person to;
    QList<Person> cc;
    QString caseTitle;
    QString organization; // the case's own organization
    QDate opened;
    QString desiredOutcome;
    QString amountSought; // "$1,840.00"; empty: none
    QList<CaseNumber> references;
    // The history, summarised: the first and the latest contacts, and how many lie between.
    qint64 contactCount = 0;
    QDate firstContact;
    QDate lastContact;
    QList<Contact> earliest;
    QList<Contact> latest;
    qint64 contactsOmitted = 0;
    QList<Promise> promises; // the ones worth quoting: broken and overdue first
    int promisesKept = 0;
    int promisesBroken = 0;
    int promisesOmitted = 0;
    std::optional<Promise> brokenPromise; // the one a broken-promise letter quotes
    QList<Level> levelsTried;
    QString nextLevel; // "State Department of Insurance"; empty: none planned
    QDate deadline;
    int deadlineDays = 14;
    QString thanksFor; // thank-you: what the person did, from their latest contact
    QDate thanksDate;
    QStringList enclosures;

    // A value with every list holding one item: the fields a template may name.
    static LetterFacts sample();
};

} // namespace leverage
