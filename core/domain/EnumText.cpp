// Keys and labels of every domain enum, in one table each.
#include "core/domain/EnumText.h"

#include "core/domain/CaseStatus.h"
#include "core/domain/Channel.h"
#include "core/domain/CommitmentStatus.h"
#include "core/domain/EscalationLevel.h"

namespace leverage {
namespace {

using detail::EnumText;

constexpr std::array<EnumText<Channel>, 6> kChannels{{
    {Channel::Call, "call", QT_TRANSLATE_NOOP("leverage", "Call")},
    {Channel::Email, "email", QT_TRANSLATE_NOOP("leverage", "E-mail")},
    {Channel::Letter, "letter", QT_TRANSLATE_NOOP("leverage", "Letter")},
    {Channel::Chat, "chat", QT_TRANSLATE_NOOP("leverage", "Chat")},
    {Channel::Visit, "visit", QT_TRANSLATE_NOOP("leverage", "Visit")},
    {Channel::Note, "note", QT_TRANSLATE_NOOP("leverage", "Note")},
}};

constexpr std::array<EnumText<CaseStatus>, 5> kCaseStatuses{{
    {CaseStatus::Open, "open", QT_TRANSLATE_NOOP("leverage", "Open")},
    {CaseStatus::Waiting, "waiting", QT_TRANSLATE_NOOP("leverage", "Waiting on company")},
    {CaseStatus::Escalated, "escalated", QT_TRANSLATE_NOOP("leverage", "Escalated")},
    {CaseStatus::Resolved, "resolved", QT_TRANSLATE_NOOP("leverage", "Resolved")},
    {CaseStatus::Closed, "closed", QT_TRANSLATE_NOOP("leverage", "Closed")},
}};

constexpr std::array<EnumText<CommitmentStatus>, 4> kCommitmentStatuses{{
    {CommitmentStatus::Pending, "pending", QT_TRANSLATE_NOOP("leverage", "Pending")},
    {CommitmentStatus::Kept, "kept", QT_TRANSLATE_NOOP("leverage", "Kept")},
    {CommitmentStatus::Broken, "broken", QT_TRANSLATE_NOOP("leverage", "Broken")},
    {CommitmentStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("leverage", "Withdrawn")},
}};

constexpr std::array<EnumText<EscalationLevel>, 13> kEscalationLevels{{
    {EscalationLevel::FrontLine, "front_line", QT_TRANSLATE_NOOP("leverage", "Front-line service")},
    {EscalationLevel::Supervisor, "supervisor", QT_TRANSLATE_NOOP("leverage", "Supervisor")},
    {EscalationLevel::Manager, "manager", QT_TRANSLATE_NOOP("leverage", "Manager")},
    {EscalationLevel::ExecutiveOffice, "executive_office",
     QT_TRANSLATE_NOOP("leverage", "Executive office")},
    {EscalationLevel::ExecutiveAssistant, "executive_assistant",
     QT_TRANSLATE_NOOP("leverage", "Executive's assistant")},
    {EscalationLevel::ThirdParty, "third_party",
     QT_TRANSLATE_NOOP("leverage", "Partner or third-party company")},
    {EscalationLevel::Regulator, "regulator", QT_TRANSLATE_NOOP("leverage", "Regulator")},
    {EscalationLevel::Ombudsman, "ombudsman", QT_TRANSLATE_NOOP("leverage", "Ombudsman")},
    {EscalationLevel::ConsumerAgency, "consumer_agency",
     QT_TRANSLATE_NOOP("leverage", "Consumer-protection agency")},
    {EscalationLevel::SmallClaimsCourt, "small_claims",
     QT_TRANSLATE_NOOP("leverage", "Small-claims court")},
    {EscalationLevel::Lawyer, "lawyer", QT_TRANSLATE_NOOP("leverage", "Lawyer")},
    {EscalationLevel::PublicReview, "public_review",
     QT_TRANSLATE_NOOP("leverage", "Public review")},
    {EscalationLevel::Other, "other", QT_TRANSLATE_NOOP("leverage", "Other")},
}};

constexpr std::array<EnumText<EscalationStatus>, 4> kEscalationStatuses{{
    {EscalationStatus::Planned, "planned", QT_TRANSLATE_NOOP("leverage", "Planned")},
    {EscalationStatus::Current, "current", QT_TRANSLATE_NOOP("leverage", "Current")},
    {EscalationStatus::Done, "done", QT_TRANSLATE_NOOP("leverage", "Done")},
    {EscalationStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("leverage", "Skipped")},
}};

} // namespace

QString channelKey(Channel v)
{
    return detail::keyOf(kChannels, v);
}
std::optional<Channel> channelFromKey(const QString &k)
{
    return detail::fromKey(kChannels, k);
}
QString channelLabel(Channel v)
{
    return detail::labelOf(kChannels, v);
}

QString caseStatusKey(CaseStatus v)
{
    return detail::keyOf(kCaseStatuses, v);
}
std::optional<CaseStatus> caseStatusFromKey(const QString &k)
{
    return detail::fromKey(kCaseStatuses, k);
}
QString caseStatusLabel(CaseStatus v)
{
    return detail::labelOf(kCaseStatuses, v);
}

QString commitmentStatusKey(CommitmentStatus v)
{
    return detail::keyOf(kCommitmentStatuses, v);
}
std::optional<CommitmentStatus> commitmentStatusFromKey(const QString &k)
{
    return detail::fromKey(kCommitmentStatuses, k);
}
QString commitmentStatusLabel(CommitmentStatus v)
{
    return detail::labelOf(kCommitmentStatuses, v);
}

QString escalationLevelKey(EscalationLevel v)
{
    return detail::keyOf(kEscalationLevels, v);
}
std::optional<EscalationLevel> escalationLevelFromKey(const QString &k)
{
    return detail::fromKey(kEscalationLevels, k);
}
QString escalationLevelLabel(EscalationLevel v)
{
    return detail::labelOf(kEscalationLevels, v);
}

QString escalationStatusKey(EscalationStatus v)
{
    return detail::keyOf(kEscalationStatuses, v);
}
std::optional<EscalationStatus> escalationStatusFromKey(const QString &k)
{
    return detail::fromKey(kEscalationStatuses, k);
}
QString escalationStatusLabel(EscalationStatus v)
{
    return detail::labelOf(kEscalationStatuses, v);
}

} // namespace leverage
