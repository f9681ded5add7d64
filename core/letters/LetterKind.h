#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace leverage {

// The letters a case can write (issue 18), each with its own template.
enum class LetterKind
{
    Complaint,
    Escalation,
    BrokenPromise,
    FinalResponseRequest,
    RegulatorComplaint,
    ThankYou
};

// How hard a letter presses: the wording changes, never the facts.
enum class LetterTone
{
    Courteous,
    Firm,
    Final
};

enum class LetterState
{
    Draft,
    Sent
};

// How a letter went out.
enum class LetterChannel
{
    None, // not sent yet
    Post,
    Email,
    Fax,
    Hand
};

QList<LetterKind> allLetterKinds();
QString letterKindKey(LetterKind kind); // "complaint", "broken-promise", …
std::optional<LetterKind> letterKindFromKey(const QString &key);
QString letterKindLabel(LetterKind kind);
// Whether the letter asks for an answer by a deadline: a thank-you asks for nothing, so it has
// no deadline and, once sent, leaves no follow-up to chase.
bool letterKindAsksForAnswer(LetterKind kind);
QString letterToneKey(LetterTone tone);
std::optional<LetterTone> letterToneFromKey(const QString &key);
QString letterToneLabel(LetterTone tone);
QString letterStateKey(LetterState state);
std::optional<LetterState> letterStateFromKey(const QString &key);
QString letterChannelKey(LetterChannel channel);
std::optional<LetterChannel> letterChannelFromKey(const QString &key);
QString letterChannelLabel(LetterChannel channel);

} // namespace leverage
