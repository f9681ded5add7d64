#include "core/store/LetterRepository.h"

#include "core/letters/LetterEvents.h"
#include "core/store/Statement.h"
#include "core/store/WriteTransaction.h"

#include <QTextDocumentFragment>

namespace leverage {
namespace {

TableMapping<Letter> letterMapping()
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
    : Repository(workspace, letterMapping(),
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

// The plain text goes with every write of the letter, in its transaction (search indexes it).
Status LetterRepository::afterWrite(const Letter &letter)
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("UPDATE letters SET body_text = :text WHERE id = :id"));
    statement.bind(QStringLiteral(":text"), plainText(letter.body))
        .bind(QStringLiteral(":id"), letter.meta.id);
    return statement.exec();
}

QString LetterRepository::plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

Status LetterRepository::fillPlainText(Workspace &workspace)
{
    WriteTransaction transaction(workspace);
    if (!transaction.status())
        return transaction.status();
    Statement read(workspace.database(), QStringLiteral("SELECT id, body FROM letters"));
    if (auto status = read.exec(); !status)
        return status;
    QList<QPair<RowId, QString>> texts;
    while (read.next())
        texts.append({read.value(0).toLongLong(), plainText(read.value(1).toString())});
    for (const auto &[id, text] : texts) {
        Statement write(workspace.database(),
                        QStringLiteral("UPDATE letters SET body_text = :text WHERE id = :id"));
        write.bind(QStringLiteral(":text"), text).bind(QStringLiteral(":id"), id);
        if (auto status = write.exec(); !status)
            return status;
    }
    return transaction.commit();
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
                                       "body_text = :text, updated_at = :now WHERE id = :id"));
    statement.bind(QStringLiteral(":subject"), subject)
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":text"), plainText(body))
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
