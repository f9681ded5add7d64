#include "core/outcomes/OutcomeVocabulary.h"

#include "core/domain/EnumText.h"

namespace leverage::outcomes {
namespace {

using detail::EnumText;

constexpr std::array<EnumText<Outcome>, 8> kOutcomes{{
    {Outcome::ResolvedMoney, "money", QT_TRANSLATE_NOOP("leverage", "Resolved with money")},
    {Outcome::ResolvedCredit, "credit",
     QT_TRANSLATE_NOOP("leverage", "Resolved with a credit or voucher")},
    {Outcome::ResolvedFix, "fix",
     QT_TRANSLATE_NOOP("leverage", "Resolved with a fix or replacement")},
    {Outcome::FeeWaived, "fee_waived", QT_TRANSLATE_NOOP("leverage", "Resolved with a fee waived")},
    {Outcome::ExplanationOnly, "explanation",
     QT_TRANSLATE_NOOP("leverage", "Closed with an explanation only")},
    {Outcome::NoResponse, "no_response", QT_TRANSLATE_NOOP("leverage", "No response")},
    {Outcome::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("leverage", "Withdrawn")},
    {Outcome::StillOpen, "still_open", QT_TRANSLATE_NOOP("leverage", "Still open")},
}};

constexpr std::array<EnumText<OutcomeItemKind>, 5> kItemKinds{{
    {OutcomeItemKind::Refund, "refund", QT_TRANSLATE_NOOP("leverage", "Refund")},
    {OutcomeItemKind::Voucher, "voucher", QT_TRANSLATE_NOOP("leverage", "Voucher")},
    {OutcomeItemKind::WaivedFee, "waived_fee", QT_TRANSLATE_NOOP("leverage", "Waived fee")},
    {OutcomeItemKind::GoodwillCredit, "goodwill_credit",
     QT_TRANSLATE_NOOP("leverage", "Goodwill credit")},
    {OutcomeItemKind::Other, "other", QT_TRANSLATE_NOOP("leverage", "Other")},
}};

template <typename Enum, std::size_t N> QList<Enum> valuesOf(const std::array<EnumText<Enum>, N> &t)
{
    QList<Enum> values;
    for (const auto &row : t)
        values << row.value;
    return values;
}

} // namespace

QString outcomeKey(Outcome outcome)
{
    return detail::keyOf(kOutcomes, outcome);
}

std::optional<Outcome> outcomeFromKey(const QString &key)
{
    return detail::fromKey(kOutcomes, key);
}

QString outcomeLabel(Outcome outcome)
{
    return detail::labelOf(kOutcomes, outcome);
}

QList<Outcome> allOutcomes()
{
    return valuesOf(kOutcomes);
}

bool isResolved(Outcome outcome)
{
    return outcome == Outcome::ResolvedMoney || outcome == Outcome::ResolvedCredit ||
           outcome == Outcome::ResolvedFix || outcome == Outcome::FeeWaived;
}

QString outcomeItemKindKey(OutcomeItemKind kind)
{
    return detail::keyOf(kItemKinds, kind);
}

std::optional<OutcomeItemKind> outcomeItemKindFromKey(const QString &key)
{
    return detail::fromKey(kItemKinds, key);
}

QString outcomeItemKindLabel(OutcomeItemKind kind)
{
    return detail::labelOf(kItemKinds, kind);
}

QList<OutcomeItemKind> allOutcomeItemKinds()
{
    return valuesOf(kItemKinds);
}

} // namespace leverage::outcomes
