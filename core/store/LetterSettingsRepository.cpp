#include "core/store/LetterSettingsRepository.h"

#include "core/letters/LetterEvents.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

#include <array>

namespace leverage {
namespace {

// The keys of the user's details in the settings table.
struct DetailKey
{
    const char *key;
    QString MyDetails::*member;
};
const std::array<DetailKey, 4> kDetailKeys{{
    {"me.name", &MyDetails::name},
    {"me.address", &MyDetails::address},
    {"me.phone", &MyDetails::phone},
    {"me.email", &MyDetails::email},
}};

} // namespace

Result<std::optional<QString>> LetterSettingsRepository::text(const QString &sql,
                                                              const QString &key) const
{
    Statement statement(m_workspace.database(), sql);
    statement.bind(QStringLiteral(":key"), key);
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return std::optional<QString>();
    return std::optional<QString>(statement.value(0).toString());
}

Result<MyDetails> LetterSettingsRepository::myDetails() const
{
    MyDetails details;
    for (const auto &[key, member] : kDetailKeys) {
        auto value = text(QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                          QString::fromLatin1(key));
        if (!value)
            return value.error();
        details.*member = value->value_or(QString());
    }
    return details;
}

Status LetterSettingsRepository::setMyDetails(const MyDetails &details)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    for (const auto &[key, member] : kDetailKeys) {
        Statement remove(m_workspace.database(),
                         QStringLiteral("DELETE FROM settings WHERE key = :key"));
        remove.bind(QStringLiteral(":key"), QString::fromLatin1(key));
        if (auto status = remove.exec(); !status)
            return status;
        Statement insert(m_workspace.database(),
                         QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value)"));
        insert.bind(QStringLiteral(":key"), QString::fromLatin1(key))
            .bind(QStringLiteral(":value"), // a null text is '' (the column is NOT NULL)
                  (details.*member).isNull() ? QStringLiteral("") : details.*member);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return transaction.commit();
}

Result<QList<CaseNumber>> LetterSettingsRepository::caseNumbers(RowId caseId) const
{
    Statement statement(m_workspace.database(),
                        QStringLiteral("SELECT kind, number FROM case_numbers WHERE case_id = "
                                       ":case ORDER BY position, id"));
    statement.bind(QStringLiteral(":case"), caseId);
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<CaseNumber> numbers;
    while (statement.next())
        numbers.append({statement.value(0).toString(), statement.value(1).toString()});
    return numbers;
}

Status LetterSettingsRepository::setCaseNumbers(RowId caseId, const QList<CaseNumber> &numbers)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement remove(m_workspace.database(),
                     QStringLiteral("DELETE FROM case_numbers WHERE case_id = :case"));
    remove.bind(QStringLiteral(":case"), caseId);
    if (auto status = remove.exec(); !status)
        return status;
    int position = 0;
    for (const auto &number : numbers) {
        Statement insert(
            m_workspace.database(),
            QStringLiteral("INSERT INTO case_numbers (case_id, kind, number, position) "
                           "VALUES (:case, :kind, :number, :position)"));
        insert.bind(QStringLiteral(":case"), caseId)
            .bind(QStringLiteral(":kind"), number.kind)
            .bind(QStringLiteral(":number"), number.number)
            .bind(QStringLiteral(":position"), position++);
        if (auto status = insert.exec(); !status)
            return status;
    }
    return transaction.commit();
}

Result<std::optional<QString>> LetterSettingsRepository::userTemplate(const QString &name) const
{
    return text(QStringLiteral("SELECT body FROM letter_templates WHERE name = :key"), name);
}

Status LetterSettingsRepository::saveTemplate(const QString &name, const QString &body)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    if (auto status = resetTemplate(name); !status)
        return status;
    Statement insert(m_workspace.database(),
                     QStringLiteral("INSERT INTO letter_templates (name, body, updated_at) VALUES "
                                    "(:name, :body, :now)"));
    insert.bind(QStringLiteral(":name"), name)
        .bind(QStringLiteral(":body"), body)
        .bind(QStringLiteral(":now"), m_workspace.nowMs());
    if (auto status = insert.exec(); !status)
        return status;
    auto &workspace = m_workspace;
    workspace.afterCommit([&workspace] { Q_EMIT LetterEvents::of(workspace).templatesChanged(); });
    return transaction.commit();
}

Status LetterSettingsRepository::resetTemplate(const QString &name)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement remove(m_workspace.database(),
                     QStringLiteral("DELETE FROM letter_templates WHERE name = :name"));
    remove.bind(QStringLiteral(":name"), name);
    if (auto status = remove.exec(); !status)
        return status;
    auto &workspace = m_workspace;
    workspace.afterCommit([&workspace] { Q_EMIT LetterEvents::of(workspace).templatesChanged(); });
    return transaction.commit();
}

} // namespace leverage
