#include "core/store/LetterRepository.h"

#include "core/letters/LetterEvents.h"
#include "core/store/Statement.h"

namespace leverage {
namespace {

TableMapping<Letter> mapping()
{
    TableMapping<Letter> m(QStringLiteral("letters"));
    m.link(QStringLiteral("case_id"), &Letter::caseId)
        .enumeration(QStringLiteral("kind"), &Letter::kind, &letterKindKey, &letterKindFromKey)
        .enumeration(QStringLiteral("tone"), &Letter::tone, &letterToneKey, &letterToneFromKey)
        .link(QStringLiteral("contact_id"), &Letter::contactId)
        .text(QStringLiteral("subject"), &Letter::subject)
        .text(QStringLiteral("body"), &Letter::body)
        .instant(QStringLiteral("deadline"), &Letter::deadline)
        .enumeration(QStringLiteral("state"), &Letter::state, &letterStateKey, &letterStateFromKey)
        .instant(QStringLiteral("sent"), &Letter::sentAt)
        .enumeration(QStringLiteral("channel"), &Letter::channel, &letterChannelKey,
                     &letterChannelFromKey)
        .text(QStringLiteral("tracking_number"), &Letter::trackingNumber)
        .link(QStringLiteral("entry_id"), &Letter::entryId)
        .link(QStringLiteral("follow_up_id"), &Letter::followUpId)
        .instant(QStringLiteral("written"), &Letter::writtenAt);
    return m;
}

} // namespace

LetterRepository::LetterRepository(Workspace &workspace)
    : Repository(workspace, mapping(),
                 {[&workspace](const Letter &l) {
                      Q_EMIT LetterEvents::of(workspace).letterAdded(l.caseId, l.meta.id);
                  },
                  [&workspace](const Letter &l) {
                      Q_EMIT LetterEvents::of(workspace).letterChanged(l.caseId, l.meta.id);
                  },
                  [&workspace](const Letter &l) {
                      Q_EMIT LetterEvents::of(workspace).letterRemoved(l.caseId, l.meta.id);
                  }})
{
}

Result<QList<Letter>> LetterRepository::forCase(RowId caseId) const
{
    return m_table.select(QStringLiteral("WHERE case_id = :case ORDER BY created_at DESC, id DESC"),
                          {{QStringLiteral(":case"), caseId}});
}

Result<qint64> LetterRepository::count(RowId caseId) const
{
    return m_table.count(QStringLiteral("WHERE case_id = :case"),
                         {{QStringLiteral(":case"), caseId}});
}

Status LetterRepository::saveDraftText(RowId letterId, const QString &subject, const QString &body)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    auto existing = m_table.get(letterId);
    if (!existing)
        return existing.status();
    Statement statement(m_workspace.database(),
                        QStringLiteral("UPDATE letters SET subject = :subject, body = :body, "
                                       "updated_at = :now WHERE id = :id"));
    statement.bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":now"), m_workspace.nowMs())
        .bind(QStringLiteral(":id"), letterId);
    if (auto status = statement.exec(); !status)
        return status;
    existing->subject = subject;
    existing->body = body;
    notify(m_notifiers.changed, *existing);
    return transaction.commit();
}

} // namespace leverage
