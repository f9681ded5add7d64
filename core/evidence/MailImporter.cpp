#include "core/evidence/MailImporter.h"

#include "core/domain/Contact.h"
#include "core/domain/TimelineEntry.h"
#include "core/evidence/EvidenceService.h"
#include "core/evidence/ReferenceExtractor.h"
#include "core/services/Clock.h"
#include "core/store/AttachmentRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/MailIndex.h"
#include "core/store/TimelineRepository.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "core/util/Translate.h"

#include <QElapsedTimer>
#include <QHash>

namespace leverage {
namespace {

// Above this many messages, views get one reload instead of a signal per entry.
constexpr int kBulkAnnouncement = 50;

} // namespace

Result<MailImporter::Summary> MailImporter::import(RowId caseId, const QList<MailMessage> &messages)
{
    QElapsedTimer timer;
    timer.start();
    auto theCase = m_workspace.cases().get(caseId);
    if (!theCase)
        return theCase.error();
    Summary summary;
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    if (messages.size() > kBulkAnnouncement)
        m_workspace.announceAsBulkChange();
    QSet<QString> seen; // a message twice in one batch (an mbox and its .eml) counts once
    for (const auto &message : messages) {
        auto known = MailIndex::contains(m_workspace, caseId, message.messageId);
        if (!known)
            return known.error();
        if (*known || seen.contains(message.messageId)) {
            ++summary.duplicates;
            continue;
        }
        seen.insert(message.messageId);
        auto contactId = senderContact(message, theCase->organizationId, summary);
        if (!contactId)
            return contactId.error();
        TimelineEntry entry;
        entry.caseId = caseId;
        entry.channel = Channel::Email;
        entry.occurredAt = Instant::fromDateTime(
            message.date.isValid() ? message.date : m_workspace.clock().now());
        entry.contactId = *contactId;
        entry.personName =
            message.senderName.isEmpty() ? message.senderAddress : message.senderName;
        entry.summary = message.subject.isEmpty() ? tr("(no subject)") : message.subject;
        entry.referenceNumber = ReferenceExtractor::joined(message.subject);
        entry.notes = message.text;
        if (!message.date.isValid())
            entry.notes = tr("(The message carries no date: this is when it was imported.)") +
                          QStringLiteral("\n\n") + entry.notes;
        if (auto status = m_workspace.timeline().add(entry); !status)
            return status.error();
        if (auto status = MailIndex::record(m_workspace, entry.meta.id, caseId, message.messageId);
            !status)
            return status.error();
        for (const auto &part : message.attachments) {
            auto stored = EvidenceService::storeData(m_workspace, part.data);
            if (!stored)
                return stored.error();
            auto attachment = EvidenceService::describe(part.fileName, *stored, caseId,
                                                        entry.meta.id, m_workspace.clock().now());
            if (!part.mimeType.isEmpty() &&
                part.mimeType != QLatin1String("application/octet-stream"))
                attachment.mimeType = part.mimeType;
            if (auto status = m_workspace.attachments().add(attachment); !status)
                return status.error();
            ++summary.attachments;
        }
        ++summary.imported;
        summary.entryIds.append(entry.meta.id);
    }
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("evidence")
        ->info("imported {} messages ({} already there, {} new contacts, {} attachments) in {} ms",
               summary.imported, summary.duplicates, summary.contactsCreated, summary.attachments,
               timer.elapsed());
    return summary;
}

Result<RowId> MailImporter::senderContact(const MailMessage &message, RowId organizationId,
                                          Summary &summary)
{
    auto existing = MailIndex::contactWithAddress(m_workspace, message.senderAddress);
    if (!existing || *existing > 0)
        return existing;
    Contact contact;
    contact.organizationId = organizationId;
    contact.name = message.senderName.isEmpty() ? message.senderAddress : message.senderName;
    contact.email = message.senderAddress;
    if (auto status = m_workspace.contacts().add(contact); !status)
        return status.error();
    ++summary.contactsCreated;
    return contact.meta.id;
}

} // namespace leverage
