#pragma once

#include "core/domain/Ids.h"
#include "core/outcomes/CaseOutcome.h"
#include "core/outcomes/CurrencyTotals.h"
#include "core/outcomes/Trouble.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace leverage {
class Workspace;
}

namespace leverage::outcomes {

// A case in the shape a consumer regulator records a complaint (the CFPB's public complaint
// records: product, issue, narrative, company, the company's response in a closed set of
// categories, dates), with what the company did, what the person wants and what it cost them.
// As plain text to paste into a form, and as JSON for a body's upload or another program.
// Private timeline entries are never in it: a form leaves the person's hands.
struct RegulatorForm
{
    struct Event
    {
        QDate on;
        QString channel; // key: call, email, letter, chat, visit, note
        QString with;    // the person, as recorded on the entry
        int minutes = 0;
        int holdMinutes = 0;
        QString summary;
    };

    RowId caseId = 0;
    QString reference; // the account or order number; empty: none
    QString company;
    QString product; // the case's sector, in words, where set
    QString issue;   // the case's title
    QDate opened;
    QDate firstContact;
    QDate closed; // null while open
    std::optional<CaseOutcome> outcome;
    QString desiredResolution;
    qint64 soughtMinor = 0;
    QString currency;
    Trouble trouble;
    QList<Event> events; // oldest first

    static Result<RegulatorForm> of(Workspace &workspace, RowId caseId);

    // The regulator's category for what the company did ("Closed with monetary relief", "In
    // progress" …), from the outcome.
    QString companyResponse() const;
    CurrencyTotals received() const;
    QString text() const;
    QByteArray json() const;
};

} // namespace leverage::outcomes
