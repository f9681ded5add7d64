#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace leverage::outcomes {

// How a case ended (issue 22), a small closed vocabulary like the response categories a
// regulator records. Keys are stored; labels are shown.
enum class Outcome
{
    ResolvedMoney,
    ResolvedCredit,
    ResolvedFix,
    FeeWaived,
    ExplanationOnly,
    NoResponse,
    Withdrawn,
    StillOpen
};

// One thing received: what kind, so a voucher is never mistaken for a refund.
enum class OutcomeItemKind
{
    Refund,
    Voucher,
    WaivedFee,
    GoodwillCredit,
    Other
};

QString outcomeKey(Outcome outcome);
std::optional<Outcome> outcomeFromKey(const QString &key);
QString outcomeLabel(Outcome outcome);
// Every outcome in the order a chooser lists them.
QList<Outcome> allOutcomes();
// Whether the company put it right (money, credit, a fix, a fee waived): the "resolved" share.
bool isResolved(Outcome outcome);

QString outcomeItemKindKey(OutcomeItemKind kind);
std::optional<OutcomeItemKind> outcomeItemKindFromKey(const QString &key);
QString outcomeItemKindLabel(OutcomeItemKind kind);
QList<OutcomeItemKind> allOutcomeItemKinds();

} // namespace leverage::outcomes
