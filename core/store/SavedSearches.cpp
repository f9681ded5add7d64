#include "core/store/SavedSearches.h"

#include "core/store/SqlDialect.h"
#include "core/store/Statement.h"
#include "core/store/Workspace.h"
#include "core/store/WriteTransaction.h"

namespace leverage {
namespace {

const QString kColumns = QStringLiteral("id, name, query, position");

SavedSearch fromRow(const Statement &statement)
{
    SavedSearch search;
    search.id = statement.value(0).toLongLong();
    search.name = statement.value(1).toString();
    search.query = statement.value(2).toString();
    search.position = statement.value(3).toInt();
    return search;
}

} // namespace

SavedSearches::SavedSearches(Workspace &workspace) : QObject(&workspace), m_workspace(workspace)
{
    setObjectName(QStringLiteral("savedSearches"));
}

SavedSearches &SavedSearches::of(Workspace &workspace)
{
    if (auto *existing = workspace.findChild<SavedSearches *>(QStringLiteral("savedSearches"),
                                                              Qt::FindDirectChildrenOnly))
        return *existing;
    return *new SavedSearches(workspace); // owned by the workspace
}

Result<QList<SavedSearch>> SavedSearches::list() const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT %1 FROM saved_searches ORDER BY position, name, id").arg(kColumns));
    if (auto status = statement.exec(); !status)
        return status.error();
    QList<SavedSearch> searches;
    while (statement.next())
        searches << fromRow(statement);
    return searches;
}

Result<SavedSearch> SavedSearches::find(RowId id) const
{
    Statement statement(
        m_workspace.database(),
        QStringLiteral("SELECT %1 FROM saved_searches WHERE id = :id LIMIT 1").arg(kColumns));
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return Error{Error::Code::NotFound, tr("That saved search no longer exists.")};
    return fromRow(statement);
}

Status SavedSearches::write(const QString &sql, const QVariantMap &values, RowId *newId,
                            const QString &after)
{
    WriteTransaction transaction(m_workspace);
    if (!transaction.status())
        return transaction.status();
    Statement statement(m_workspace.database(), sql);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        statement.bind(it.key(), it.value());
    if (auto status = statement.exec(); !status)
        return status;
    if (newId) {
        if (!statement.next())
            return Error{Error::Code::Database, tr("The saved search could not be stored.")};
        *newId = statement.value(0).toLongLong();
        statement.query().finish(); // RETURNING keeps the statement open: COMMIT would be busy
    } else if (statement.rowsAffected() == 0) {
        return Error{Error::Code::NotFound, tr("That saved search no longer exists.")};
    }
    if (!after.isEmpty()) {
        Statement then(m_workspace.database(), after);
        if (auto status = then.exec(); !status)
            return status;
    }
    if (auto status = transaction.commit(); !status)
        return status;
    Q_EMIT changed();
    return {};
}

Result<RowId> SavedSearches::add(const SavedSearch &search)
{
    const auto now = m_workspace.nowMs();
    QVariantMap values{{QStringLiteral(":name"), search.name},
                       {QStringLiteral(":query"), search.query},
                       {QStringLiteral(":now"), now}};
    // A new one goes at the end of the list.
    QString sql = QStringLiteral(
        "INSERT INTO saved_searches (name, query, position, created_at, updated_at) VALUES "
        "(:name, :query, (SELECT coalesce(max(position), -1) + 1 FROM saved_searches), :now, "
        ":now) RETURNING id");
    if (search.id > 0) {
        sql = QStringLiteral("INSERT INTO saved_searches (id, name, query, position, created_at, "
                             "updated_at) VALUES (:id, :name, :query, :position, :now, :now) "
                             "RETURNING id");
        values.insert(QStringLiteral(":id"), search.id);
        values.insert(QStringLiteral(":position"), search.position);
    }
    RowId id = 0;
    // Put back under its id: PostgreSQL's sequence must then move past it.
    const auto after = search.id > 0
                           ? m_workspace.dialect().afterExplicitId(QStringLiteral("saved_searches"))
                           : QString();
    if (auto status = write(sql, values, &id, after); !status)
        return status.error();
    return id;
}

Status SavedSearches::rename(RowId id, const QString &name)
{
    return write(QStringLiteral("UPDATE saved_searches SET name = :name, updated_at = :now "
                                "WHERE id = :id"),
                 {{QStringLiteral(":name"), name},
                  {QStringLiteral(":now"), m_workspace.nowMs()},
                  {QStringLiteral(":id"), id}});
}

Status SavedSearches::remove(RowId id)
{
    return write(QStringLiteral("DELETE FROM saved_searches WHERE id = :id"),
                 {{QStringLiteral(":id"), id}});
}

} // namespace leverage
