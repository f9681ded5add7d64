#pragma once

#include "core/letters/LetterFacts.h"
#include "core/util/Result.h"

#include <QDateTime>

namespace leverage {

class Workspace;

// Gathers a letter's facts from the case through the repositories. The history is read in
// two short pages (the first contacts and the latest) and counted, never read whole: a case
// of 10,000 entries drafts as fast as one of ten.
class LetterFactsReader final
{
public:
    struct Request
    {
        RowId caseId = 0;
        LetterKind kind = LetterKind::Complaint;
        LetterTone tone = LetterTone::Courteous;
        RowId contactId = 0;    // the addressee; 0: the company's complaints department
        RowId commitmentId = 0; // broken promise: the one to quote; 0: the latest broken
        int deadlineDays = 14;
    };

    static constexpr int kEarliest = 3; // contacts quoted from the start of the history
    static constexpr int kLatest = 5;   // and from its end
    static constexpr int kPromises = 8; // promises quoted, broken and overdue first

    explicit LetterFactsReader(Workspace &workspace) : m_workspace(workspace) {}

    // `writtenAt`: the letter's date; invalid: now, by the workspace clock. The letter says
    // only what was known then: contacts, promises, levels reached and their state before it.
    Result<LetterFacts> read(const Request &request, const QDateTime &writtenAt = {}) const;
    // The next level of the case's escalation path, by name ("State Department of
    // Insurance"); empty when none is planned.
    Result<QString> nextLevel(RowId caseId) const;

private:
    Result<LetterFacts::Person> person(RowId contactId) const;
    // `before`: the letter's moment (UTC ms); what happened at or after it is not cited.
    Status readHistory(RowId caseId, qint64 before, LetterFacts &facts) const;
    Status readPromises(const Request &request, qint64 before, LetterFacts &facts) const;
    Status readPath(RowId caseId, qint64 before, LetterFacts &facts) const;
    Status readThanks(RowId caseId, qint64 before, LetterFacts &facts) const;

    Workspace &m_workspace;
};

} // namespace leverage
