#include "core/contacts/ContactImporter.h"

#include "core/store/ContactQueries.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/WriteTransaction.h"
#include "core/util/Logging.h"
#include "core/vcard/VCardReader.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QUuid>

namespace leverage {
namespace {

// Name and organization, compared without regard to case: the identity of a duplicate.
QString duplicateKey(const QString &name, const QString &organization)
{
    return name.simplified().toCaseFolded() + QChar(0x1F) +
           organization.simplified().toCaseFolded();
}

// Fields from the file replace the stored ones where the file has something to say; notes
// are kept and the file's added, so a merge never loses what the user wrote.
void mergeInto(Contact &target, const Contact &from)
{
    auto take = [](QString &field, const QString &incoming) {
        if (!incoming.trimmed().isEmpty())
            field = incoming;
    };
    take(target.position, from.position);
    take(target.department, from.department);
    take(target.directLine, from.directLine);
    take(target.extension, from.extension);
    take(target.email, from.email);
    take(target.preferredChannel, from.preferredChannel);
    take(target.bestTime, from.bestTime);
    take(target.rulesOfEngagement, from.rulesOfEngagement);
    for (auto [field, incoming] : {std::pair{&target.honorificPrefix, &from.honorificPrefix},
                                   std::pair{&target.givenName, &from.givenName},
                                   std::pair{&target.additionalNames, &from.additionalNames},
                                   std::pair{&target.familyName, &from.familyName},
                                   std::pair{&target.honorificSuffix, &from.honorificSuffix},
                                   std::pair{&target.directLineKind, &from.directLineKind},
                                   std::pair{&target.emailKind, &from.emailKind}})
        take(*field, *incoming);
    // Lists gain what they lack; nothing the user already has goes away.
    auto addMissing = [](auto &list, const auto &incoming) {
        for (const auto &item : incoming)
            if (!list.contains(item))
                list.append(item);
    };
    addMissing(target.otherPhones, from.otherPhones);
    addMissing(target.otherEmails, from.otherEmails);
    addMissing(target.addresses, from.addresses);
    addMissing(target.urls, from.urls);
    addMissing(target.categories, from.categories);
    if (!from.notes.trimmed().isEmpty() && !target.notes.contains(from.notes))
        target.notes = target.notes.trimmed().isEmpty()
                           ? from.notes
                           : target.notes + QLatin1String("\n\n") + from.notes;
    target.isGateway = target.isGateway || from.isGateway;
}

// Writes `content` over the stored row of the same id, as a new version of it.
Status writeContent(Workspace &workspace, const Contact &content)
{
    auto stored = workspace.contacts().get(content.meta.id);
    if (!stored)
        return stored.status();
    Contact value = content;
    value.meta = stored->meta;
    return workspace.contacts().update(value);
}

// The first time the import changes an existing contact, its copy as it was.
Status keepBefore(Workspace &workspace, ImportChanges &changes, RowId contactId)
{
    for (const auto &kept : std::as_const(changes.changedBefore))
        if (kept.meta.id == contactId)
            return {};
    auto existing = workspace.contacts().get(contactId);
    if (!existing)
        return existing.status();
    changes.changedBefore.append(*existing);
    return {};
}

Error failedAt(const ContactCard &card, const Status &status)
{
    return Error{status.code(),
                 QCoreApplication::translate("leverage", "The card on line %1 could not be "
                                                         "imported: %2 Nothing was imported.")
                     .arg(card.line)
                     .arg(status.message())};
}

} // namespace

Result<ImportPreview> ContactImporter::preview(const QByteArray &vcard)
{
    VCardReader reader;
    auto cards = reader.read(vcard);
    m_errorLine = reader.errorLine();
    if (!cards)
        return cards.error();
    return classify(*cards);
}

Result<ImportPreview> ContactImporter::previewFile(const QString &path)
{
    VCardReader reader;
    auto cards = reader.readFile(path);
    m_errorLine = reader.errorLine();
    if (!cards)
        return cards.error();
    return classify(*cards);
}

Result<ImportPreview> ContactImporter::classify(const QList<ContactCard> &cards)
{
    ContactQueries queries(m_workspace);
    QHash<QString, RowId> organizationIds; // case-folded name → id (0: not stored)
    QHash<RowId, QList<QPair<RowId, QString>>> namesByOrganization;
    QSet<QString> keysInFile;
    ImportPreview preview;
    for (const auto &card : cards) {
        ImportPreview::Row row;
        row.card = card;
        RowId organizationId = 0;
        const auto orgKey = card.organizationName.simplified().toCaseFolded();
        if (!orgKey.isEmpty()) {
            if (!organizationIds.contains(orgKey)) {
                auto found = m_workspace.organizations().findByName(card.organizationName);
                if (!found)
                    return found.error();
                organizationIds.insert(orgKey, *found ? (*found)->meta.id : 0);
            }
            organizationId = organizationIds.value(orgKey);
            row.organizationIsNew = organizationId == 0;
        }
        if (orgKey.isEmpty() || organizationId > 0) {
            if (!namesByOrganization.contains(organizationId)) {
                auto names = queries.namesIn(organizationId);
                if (!names)
                    return names.error();
                namesByOrganization.insert(organizationId, *names);
            }
            for (const auto &[id, name] : namesByOrganization.value(organizationId))
                if (name.simplified().compare(card.contact.name.simplified(),
                                              Qt::CaseInsensitive) == 0) {
                    row.kind = ImportPreview::Kind::Duplicate;
                    row.existingId = id;
                    break;
                }
        }
        // A second card for the same person in one file is a duplicate of the first.
        const auto key = duplicateKey(card.contact.name, card.organizationName);
        if (row.kind == ImportPreview::Kind::New && keysInFile.contains(key))
            row.kind = ImportPreview::Kind::Duplicate;
        keysInFile.insert(key);
        preview.rows.append(row);
    }
    return preview;
}

Result<ImportReport> ContactImporter::apply(const ImportPreview &preview, Duplicates duplicates)
{
    QElapsedTimer timer;
    timer.start();
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status().error();
    ContactQueries queries(m_workspace);
    ImportReport report;
    QHash<QString, RowId> organizationIds;
    QHash<QString, RowId> contactByKey; // contacts created by this import
    QList<RowId> createdIds;            // the same, in the order written
    QSet<RowId> created;
    QHash<QString, RowId> contactByUid; // the file's UIDs → the contact each card became
    QSet<QString> uuidsTaken;
    QList<QPair<int, RowId>> written; // row index → contact written, for supervisor links

    for (int i = 0; i < preview.rows.size(); ++i) {
        const auto &row = preview.rows.at(i);
        const auto &card = row.card;
        RowId organizationId = 0;
        const auto orgKey = card.organizationName.simplified().toCaseFolded();
        if (!orgKey.isEmpty()) {
            if (!organizationIds.contains(orgKey)) {
                auto found = m_workspace.organizations().findByName(card.organizationName);
                if (!found)
                    return failedAt(card, found.status());
                if (*found) {
                    organizationIds.insert(orgKey, (*found)->meta.id);
                } else {
                    Organization organization;
                    organization.name = card.organizationName.simplified();
                    if (auto status = m_workspace.organizations().add(organization); !status)
                        return failedAt(card, status);
                    organizationIds.insert(orgKey, organization.meta.id);
                    report.changes.createdOrganizations.append(organization);
                    ++report.organizationsCreated;
                }
            }
            organizationId = organizationIds.value(orgKey);
        }

        const auto key = duplicateKey(card.contact.name, card.organizationName);
        RowId target = row.existingId > 0 ? row.existingId : contactByKey.value(key);
        if (row.kind == ImportPreview::Kind::Duplicate && target > 0) {
            if (duplicates == Duplicates::Merge) {
                if (!created.contains(target))
                    if (auto status = keepBefore(m_workspace, report.changes, target); !status)
                        return failedAt(card, status);
                auto existing = m_workspace.contacts().get(target);
                if (!existing)
                    return failedAt(card, existing.status());
                mergeInto(*existing, card.contact);
                if (auto status = m_workspace.contacts().update(*existing); !status)
                    return failedAt(card, status);
                ++report.merged;
                written.append({i, target});
            } else {
                ++report.skipped;
            }
        } else {
            Contact contact = card.contact;
            contact.meta = RowMeta();
            contact.organizationId = organizationId;
            contact.supervisorId = 0;
            // Keep the file's identity when it is a UUID nobody here has yet, so a second
            // export and import of the same people keeps pointing at the same rows.
            const QString uid = card.contact.meta.uuid;
            if (!QUuid::fromString(uid).isNull() && !uuidsTaken.contains(uid)) {
                auto taken = queries.idByUuid(uid);
                if (!taken)
                    return failedAt(card, taken.status());
                if (*taken == 0)
                    contact.meta.uuid = QUuid::fromString(uid).toString(QUuid::WithoutBraces);
            }
            if (auto status = m_workspace.contacts().add(contact); !status)
                return failedAt(card, status);
            uuidsTaken.insert(contact.meta.uuid);
            contactByKey.insert(key, contact.meta.id);
            createdIds.append(contact.meta.id);
            created.insert(contact.meta.id);
            target = contact.meta.id;
            ++report.created;
            written.append({i, target});
        }
        if (!card.contact.meta.uuid.isEmpty() && target > 0)
            contactByUid.insert(card.contact.meta.uuid, target);
    }

    // Supervisors last: a card may name someone further down the file.
    for (const auto &[index, contactId] : written) {
        const auto &card = preview.rows.at(index).card;
        if (card.supervisorUid.isEmpty())
            continue;
        RowId supervisorId = contactByUid.value(card.supervisorUid);
        if (supervisorId == 0) {
            auto existing = queries.idByUuid(card.supervisorUid);
            if (!existing)
                return failedAt(card, existing.status());
            supervisorId = *existing;
        }
        if (supervisorId == 0) {
            logging::get("import")->info("supervisor of card at line {} not found", card.line);
            continue;
        }
        auto contact = m_workspace.contacts().get(contactId);
        if (!contact)
            return failedAt(card, contact.status());
        if (contact->supervisorId == supervisorId)
            continue;
        if (!created.contains(contactId))
            if (auto status = keepBefore(m_workspace, report.changes, contactId); !status)
                return failedAt(card, status);
        contact->supervisorId = supervisorId;
        if (auto status = m_workspace.contacts().update(*contact); !status)
            return failedAt(card, status);
    }

    if (auto status = recordWritten(report.changes, createdIds); !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    logging::get("import")->info("contacts imported: {} created, {} merged, {} skipped, {} "
                                 "organizations created in {} ms",
                                 report.created, report.merged, report.skipped,
                                 report.organizationsCreated, timer.elapsed());
    return report;
}

// The rows as the import leaves them: created contacts ordered so that a supervisor comes
// before the people who report to it (putBack adds them in this order).
Status ContactImporter::recordWritten(ImportChanges &changes, const QList<RowId> &createdIds)
{
    const QSet<RowId> created(createdIds.cbegin(), createdIds.cend());
    QList<Contact> pending;
    for (const auto id : createdIds) {
        auto contact = m_workspace.contacts().get(id);
        if (!contact)
            return contact.status();
        pending.append(*contact);
    }
    QSet<RowId> placed;
    while (!pending.isEmpty()) {
        const auto before = pending.size();
        for (auto it = pending.begin(); it != pending.end();) {
            const RowId boss = it->supervisorId;
            if (boss == 0 || placed.contains(boss) || !created.contains(boss)) {
                placed.insert(it->meta.id);
                changes.createdContacts.append(*it);
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (pending.size() == before) { // a loop the store would have refused: keep the order
            changes.createdContacts.append(pending);
            pending.clear();
        }
    }
    for (const auto &old : std::as_const(changes.changedBefore)) {
        auto now = m_workspace.contacts().get(old.meta.id);
        if (!now)
            return now.status();
        changes.changedAfter.append(*now);
    }
    return {};
}

Status ContactImporter::takeBack(const ImportChanges &changes)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &old : changes.changedBefore)
        if (auto status = writeContent(m_workspace, old); !status)
            return status;
    for (auto it = changes.createdContacts.crbegin(); it != changes.createdContacts.crend(); ++it)
        if (auto status = m_workspace.contacts().remove(it->meta.id); !status)
            return status;
    for (const auto &organization : changes.createdOrganizations)
        if (auto status = m_workspace.organizations().remove(organization.meta.id); !status)
            return status;
    if (auto status = transaction.commit(); !status)
        return status;
    logging::get("import")->info("import taken back: {} contacts and {} organizations removed, "
                                 "{} contacts restored",
                                 changes.createdContacts.size(),
                                 changes.createdOrganizations.size(), changes.changedBefore.size());
    return {};
}

Status ContactImporter::putBack(const ImportChanges &changes)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (auto organization : changes.createdOrganizations)
        if (auto status = m_workspace.organizations().add(organization); !status)
            return status;
    for (auto contact : changes.createdContacts)
        if (auto status = m_workspace.contacts().add(contact); !status)
            return status;
    for (const auto &merged : changes.changedAfter)
        if (auto status = writeContent(m_workspace, merged); !status)
            return status;
    return transaction.commit();
}

} // namespace leverage
