#include "core/letters/LetterKind.h"

#include "core/domain/EnumText.h"

namespace leverage {
namespace {

using detail::EnumText;

constexpr std::array<EnumText<LetterKind>, 6> kKinds{{
    {LetterKind::Complaint, "complaint", QT_TRANSLATE_NOOP("leverage", "Complaint")},
    {LetterKind::Escalation, "escalation", QT_TRANSLATE_NOOP("leverage", "Escalation")},
    {LetterKind::BrokenPromise, "broken-promise", QT_TRANSLATE_NOOP("leverage", "Broken promise")},
    {LetterKind::FinalResponseRequest, "final-response",
     QT_TRANSLATE_NOOP("leverage", "Request for a final response")},
    {LetterKind::RegulatorComplaint, "regulator",
     QT_TRANSLATE_NOOP("leverage", "Regulator / ombudsman complaint")},
    {LetterKind::ThankYou, "thank-you", QT_TRANSLATE_NOOP("leverage", "Thank-you")},
}};
constexpr std::array<EnumText<LetterTone>, 3> kTones{{
    {LetterTone::Courteous, "courteous", QT_TRANSLATE_NOOP("leverage", "Courteous")},
    {LetterTone::Firm, "firm", QT_TRANSLATE_NOOP("leverage", "Firm")},
    {LetterTone::Final, "final", QT_TRANSLATE_NOOP("leverage", "Final")},
}};
constexpr std::array<EnumText<LetterState>, 2> kStates{{
    {LetterState::Draft, "draft", QT_TRANSLATE_NOOP("leverage", "Draft")},
    {LetterState::Sent, "sent", QT_TRANSLATE_NOOP("leverage", "Sent")},
}};
constexpr std::array<EnumText<LetterChannel>, 5> kChannels{{
    {LetterChannel::None, "", ""},
    {LetterChannel::Post, "post", QT_TRANSLATE_NOOP("leverage", "Post")},
    {LetterChannel::Email, "email", QT_TRANSLATE_NOOP("leverage", "E-mail")},
    {LetterChannel::Fax, "fax", QT_TRANSLATE_NOOP("leverage", "Fax")},
    {LetterChannel::Hand, "hand", QT_TRANSLATE_NOOP("leverage", "Hand delivery")},
}};

} // namespace

QList<LetterKind> allLetterKinds()
{
    QList<LetterKind> kinds;
    for (const auto &row : kKinds)
        kinds.append(row.value);
    return kinds;
}

QString letterKindKey(LetterKind kind)
{
    return detail::keyOf(kKinds, kind);
}

std::optional<LetterKind> letterKindFromKey(const QString &key)
{
    return detail::fromKey(kKinds, key);
}

QString letterKindLabel(LetterKind kind)
{
    return detail::labelOf(kKinds, kind);
}

bool letterKindAsksForAnswer(LetterKind kind)
{
    return kind != LetterKind::ThankYou;
}

QString letterToneKey(LetterTone tone)
{
    return detail::keyOf(kTones, tone);
}

std::optional<LetterTone> letterToneFromKey(const QString &key)
{
    return detail::fromKey(kTones, key);
}

QString letterToneLabel(LetterTone tone)
{
    return detail::labelOf(kTones, tone);
}

QString letterStateKey(LetterState state)
{
    return detail::keyOf(kStates, state);
}

std::optional<LetterState> letterStateFromKey(const QString &key)
{
    return detail::fromKey(kStates, key);
}

QString letterChannelKey(LetterChannel channel)
{
    return detail::keyOf(kChannels, channel);
}

std::optional<LetterChannel> letterChannelFromKey(const QString &key)
{
    return detail::fromKey(kChannels, key);
}

QString letterChannelLabel(LetterChannel channel)
{
    return detail::labelOf(kChannels, channel);
}

} // namespace leverage
