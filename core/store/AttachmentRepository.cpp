#include "core/store/AttachmentRepository.h"

#include <QCoreApplication>

namespace leverage {
namespace {

TableMapping<Attachment> attachmentMapping()
{
    TableMapping<Attachment> m(QStringLiteral("attachments"));
    m.link(QStringLiteral("case_id"), &Attachment::caseId)
        .link(QStringLiteral("entry_id"), &Attachment::entryId)
        .text(QStringLiteral("sha256"), &Attachment::sha256)
        .text(QStringLiteral("original_name"), &Attachment::originalName)
        .text(QStringLiteral("mime_type"), &Attachment::mimeType)
        .bigInteger(QStringLiteral("size"), &Attachment::size)
        .instant(QStringLiteral("added"), &Attachment::addedAt)
        .boolean(QStringLiteral("is_exhibit"), &Attachment::isExhibit)
        .text(QStringLiteral("description"), &Attachment::description);
    return m;
}

} // namespace

AttachmentRepository::AttachmentRepository(Workspace &workspace)
    : Repository(workspace, attachmentMapping(),
                 {[&workspace](const Attachment &a) {
                      Q_EMIT workspace.attachmentAdded(a.caseId, a.meta.id);
                  },
                  [&workspace](const Attachment &a) {
                      Q_EMIT workspace.attachmentChanged(a.caseId, a.meta.id);
                  },
                  [&workspace](const Attachment &a) {
                      Q_EMIT workspace.attachmentRemoved(a.caseId, a.meta.id);
                  }},
                 /*sealed=*/true)
{
}

Result<QList<Attachment>> AttachmentRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY added_at, id"),
                          {{QStringLiteral(":case"), caseId}});
}

Result<QList<Attachment>> AttachmentRepository::forEntry(RowId entryId) const
{
    return m_table.select(QStringLiteral("WHERE entry_id = :entry ORDER BY added_at, id"),
                          {{QStringLiteral(":entry"), entryId}});
}

Result<QList<Attachment>> AttachmentRepository::exhibits(RowId caseId) const
{
    return m_table.select(
        QStringLiteral("WHERE case_id = :case AND is_exhibit = 1 ORDER BY coalesce((SELECT "
                       "e.occurred_at FROM timeline_entries e WHERE e.id = attachments.entry_id), "
                       "added_at), id"),
        {{QStringLiteral(":case"), caseId}});
}

Result<qint64> AttachmentRepository::count(RowId caseId) const
{
    return m_table.count(QStringLiteral("WHERE case_id = :case"),
                         {{QStringLiteral(":case"), caseId}});
}

Status AttachmentRepository::validate(const Attachment &attachment) const
{
    if (attachment.caseId <= 0 || attachment.sha256.size() != 64)
        return Error{Error::Code::Invalid,
                     QCoreApplication::translate("leverage",
                                                 "An attachment needs a case and stored content.")};
    return {};
}

} // namespace leverage
