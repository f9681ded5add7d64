#include "core/services/DemoSituations.h"
#include "core/services/DemoWriter.h"

#include "core/letters/LetterDrafter.h"
#include "core/store/LetterRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"

namespace leverage {

// Letters (issue 18): the user's details, and one letter of each kind drafted from the cases;
// the e-mail to the chief of staff and the thank-you to the technician were sent (each is the
// timeline entry the case already has for it).
Status addLetters(DemoWriter &d, Workspace &workspace)
{
    LetterSettingsRepository settings(workspace);
    if (auto status = settings.setMyDetails(
            {QStringLiteral("Alex Rivera"), QStringLiteral("12 Elm Street\nSpringfield IL 62704"),
             QStringLiteral("+1 217 555 0199"), QStringLiteral("alex.rivera@example.org")});
        !status)
        return status;
    if (auto status = settings.setCaseNumbers(
            d.id("mri"), {{QStringLiteral("Policy"), QStringLiteral("MMH-5521-09")}});
        !status)
        return status;
    struct Planned
    {
        LetterKind kind;
        const char *caseHandle;
        const char *to;
        const char *sentAs; // the summary of the entry that sent it; null: a draft
        LetterChannel channel;
    };
    const Planned planned[] = {
        {LetterKind::Complaint, "mri", "meridian_sup", nullptr, LetterChannel::None},
        {LetterKind::Escalation, "mri", "meridian_cos",
         "Second e-mail to the chief of staff: no answer after a week", LetterChannel::Email},
        {LetterKind::BrokenPromise, "mri", "meridian_rep", nullptr, LetterChannel::None},
        {LetterKind::FinalResponseRequest, "mri", "meridian_cos", nullptr, LetterChannel::None},
        {LetterKind::RegulatorComplaint, "mri", "stateins_officer", nullptr, LetterChannel::None},
        {LetterKind::ThankYou, "dsl", "crest_tech",
         "Thank-you letter for Marcus Bell, copied to his manager", LetterChannel::Post},
    };
    LetterDrafter drafter(workspace);
    LetterRepository letters(workspace);
    for (const auto &p : planned) {
        LetterFactsReader::Request request{d.id(p.caseHandle), p.kind, LetterTone::Courteous,
                                           d.id(p.to),         0,      14};
        RowId sentBy = 0; // the entry that sent it
        Instant sentAt;
        if (p.sentAs) {
            auto entries = workspace.timeline().forCase(request.caseId);
            if (!entries)
                return entries.status();
            for (const auto &entry : *entries)
                if (entry.summary == QString::fromUtf8(p.sentAs)) {
                    sentBy = entry.meta.id;
                    sentAt = entry.occurredAt;
                }
            // Sent after weeks of waiting: firm, but a thank-you stays courteous.
            if (p.kind != LetterKind::ThankYou)
                request.tone = LetterTone::Firm;
        }
        // A sent one is dated the day it went out.
        auto letter = drafter.draft(request, sentBy > 0 ? sentAt.toDateTime() : QDateTime());
        if (!letter)
            return letter.status();
        if (sentBy > 0) {
            letter->state = LetterState::Sent;
            letter->channel = p.channel;
            letter->sentAt = sentAt;
            letter->entryId = sentBy;
        }
        if (auto status = letters.add(*letter); !status)
            return status;
    }
    return {};
}

} // namespace leverage
