#include "core/contacts/ContactExporter.h"

#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "core/store/DocumentFile.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "core/vcard/VCardWriter.h"

#include <QCoreApplication>
#include <QHash>

namespace leverage {

Result<QList<ContactCard>> ContactExporter::cards(std::optional<RowId> organizationId) const
{
    auto ids = ContactQueries(m_workspace).contactIds(organizationId);
    if (!ids)
        return ids.error();
    QHash<RowId, QString> organizationNames;
    QHash<RowId, QString> uuids;
    auto uuidOf = [&](RowId contactId) -> QString {
        if (!uuids.contains(contactId)) {
            auto contact = m_workspace.contacts().get(contactId);
            uuids.insert(contactId, contact ? contact->meta.uuid : QString());
        }
        return uuids.value(contactId);
    };
    QList<ContactCard> cards;
    cards.reserve(ids->size());
    for (RowId id : *ids) {
        auto contact = m_workspace.contacts().get(id);
        if (!contact)
            return contact.error();
        ContactCard card;
        card.contact = *contact;
        uuids.insert(id, contact->meta.uuid);
        if (contact->organizationId > 0) {
            if (!organizationNames.contains(contact->organizationId)) {
                auto organization = m_workspace.organizations().get(contact->organizationId);
                if (!organization)
                    return organization.error();
                organizationNames.insert(contact->organizationId, organization->name);
            }
            card.organizationName = organizationNames.value(contact->organizationId);
        }
        if (contact->supervisorId > 0)
            card.supervisorUid = uuidOf(contact->supervisorId);
        cards.append(card);
    }
    return cards;
}

Result<QByteArray> ContactExporter::toVCard(std::optional<RowId> organizationId) const
{
    auto all = cards(organizationId);
    if (!all)
        return all.error();
    return VCardWriter::write(*all);
}

Result<int> ContactExporter::exportToFile(const QString &path,
                                          std::optional<RowId> organizationId) const
{
    auto all = cards(organizationId);
    if (!all)
        return all.error();
    auto written = DocumentFile::save(path, VCardWriter::write(*all), [&](const QString &reason) {
        return QCoreApplication::translate("leverage", "The contacts could not be written "
                                                       "to \"%1\": %2.")
            .arg(path, reason);
    });
    if (!written)
        return written.error();
    logging::get("import")->info("vCard export: {} contacts", all->size());
    return int(all->size());
}

} // namespace leverage
