#include "core/letters/LetterDrafter.h"

#include "core/dossier/DossierAssembler.h"
#include "core/dossier/DossierRenderer.h"
#include "core/letters/LetterComposer.h"
#include "core/letters/LetterDocument.h"
#include "core/services/Clock.h"
#include "core/store/ContactRepository.h"
#include "core/store/LetterSettingsRepository.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace leverage {

Result<Letter> LetterDrafter::draft(const LetterFactsReader::Request &request,
                                    const QDateTime &writtenAt) const
{
    auto facts = LetterFactsReader(m_workspace).read(request, writtenAt);
    if (!facts)
        return facts.error();
    auto templates = LetterTemplates::of(m_workspace);
    if (!templates)
        return templates.error();
    auto composed = LetterComposer(*templates).compose(*facts);
    if (!composed)
        return composed.error();
    Letter letter;
    letter.caseId = request.caseId;
    letter.kind = request.kind;
    letter.tone = request.tone;
    letter.contactId = request.contactId;
    letter.subject = composed->subject;
    letter.body = composed->html;
    const QDateTime now = writtenAt.isValid() ? writtenAt : m_workspace.clock().now();
    letter.writtenAt = Instant::fromDateTime(now);
    if (letterKindAsksForAnswer(request.kind))
        letter.deadline = Instant::fromDateTime(now.addDays(request.deadlineDays));
    return letter;
}

Result<LetterMail> LetterDrafter::mail(const Letter &letter, const QString &attachmentName,
                                       const QByteArray &attachment) const
{
    LetterMail mail;
    auto me = LetterSettingsRepository(m_workspace).myDetails();
    if (!me)
        return me.error();
    mail.from = {me->name, me->email};
    if (letter.contactId > 0) {
        auto contact = m_workspace.contacts().get(letter.contactId);
        if (!contact)
            return contact.error();
        mail.to.append({contact->name, contact->email});
        // The thank-you's copy: the person they report to.
        if (letter.kind == LetterKind::ThankYou && contact->supervisorId > 0) {
            auto supervisor = m_workspace.contacts().get(contact->supervisorId);
            if (supervisor)
                mail.cc.append({supervisor->name, supervisor->email});
        }
    }
    mail.subject = letter.subject;
    mail.date = letter.isSent() ? letter.sentAt.toDateTime() : m_workspace.clock().now();
    mail.text = LetterDocument::plainText(letter.body);
    mail.html = letter.body;
    mail.attachmentName = attachmentName;
    mail.attachment = attachment;
    return mail;
}

Status LetterDrafter::writeDossierPdf(RowId caseId, const QString &path) const
{
    const DossierOptions options;
    auto data = DossierAssembler(m_workspace).assemble(caseId, options);
    if (!data)
        return data.status();
    return DossierRenderer::renderPdf(*data, options, path);
}

QDateTime LetterDrafter::now() const
{
    return m_workspace.clock().now();
}

Status LetterDrafter::write(const Letter &letter, const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return LetterDocument::writePdf(letter.body, letter.subject, path);
    if (suffix == QLatin1String("odt"))
        return LetterDocument::writeOdt(letter.body, path);
    if (suffix == QLatin1String("eml")) {
        auto message = mail(letter);
        if (!message)
            return message.status();
        return message->write(path);
    }
    return Error{Error::Code::Invalid,
                 QCoreApplication::translate("leverage", "A letter is saved as .pdf, .odt or "
                                                         ".eml; \"%1\" is none of these.")
                     .arg(QFileInfo(path).fileName())};
}

} // namespace leverage
