#pragma once

#include "core/store/BulkInsert.h"
#include "core/store/Statement.h"
#include "core/store/TableMapping.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>
#include <QList>
#include <QVariantMap>

namespace leverage {

// Create, read, update and delete of one domain type through its TableMapping. Repositories
// compose one of these and add their own queries and change signals.
template <typename T> class EntityTable
{
public:
    EntityTable(Workspace &workspace, TableMapping<T> mapping, RowMeta T::*meta)
        : m_workspace(workspace), m_mapping(std::move(mapping)), m_meta(meta),
          m_select(
              QStringLiteral("SELECT %1 FROM %2 ").arg(m_mapping.selectList(), m_mapping.table()))
    {
    }

    const TableMapping<T> &mapping() const { return m_mapping; }

    Result<T> get(RowId id) const
    {
        // LIMIT 1: a bounded read, so that on a server it is fetched whole and its prepared
        // statement kept for the next get (Statement); an unbounded one is prepared each time.
        auto rows = select(QStringLiteral("WHERE id = :id LIMIT 1"), {{QStringLiteral(":id"), id}});
        if (!rows)
            return rows.error();
        if (rows->isEmpty())
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("leverage", "That item no longer exists.")};
        return rows->first();
    }

    // `tail` is the rest of the statement after FROM <table>: WHERE, ORDER BY, LIMIT.
    Result<QList<T>> select(const QString &tail, const QVariantMap &bindings = {}) const
    {
        Statement statement(m_workspace.database(), m_select + tail);
        for (auto it = bindings.begin(); it != bindings.end(); ++it)
            statement.bind(it.key(), it.value());
        if (auto status = statement.exec(); !status)
            return status.error();
        QList<T> rows;
        if (const int size = statement.query().size(); size > 0)
            rows.reserve(size);
        while (statement.next())
            rows.append(m_mapping.read(statement.query(), m_meta));
        return rows;
    }

    Result<qint64> count(const QString &tail, const QVariantMap &bindings = {}) const
    {
        Statement statement(
            m_workspace.database(),
            QStringLiteral("SELECT count(*) FROM %1 %2").arg(m_mapping.table(), tail));
        for (auto it = bindings.begin(); it != bindings.end(); ++it)
            statement.bind(it.key(), it.value());
        if (auto status = statement.exec(); !status)
            return status.error();
        statement.next();
        return statement.value(0).toLongLong();
    }

    // Inserts `value` and fills in its meta. A value that already has an id (an undone
    // delete being restored) keeps its id, uuid and timestamps.
    Status insert(T &value)
    {
        auto &meta = value.*m_meta;
        const bool restoring = meta.id > 0;
        if (meta.uuid.isEmpty())
            meta.uuid = Workspace::newUuid();
        const auto now = m_workspace.nowMs();
        if (!restoring || meta.createdAtMs == 0) {
            meta.createdAtMs = now;
            meta.updatedAtMs = now;
        }
        if (meta.version <= 0)
            meta.version = 1;
        Statement statement(m_workspace.database(), m_mapping.insertSql(restoring));
        if (restoring)
            statement.bind(QStringLiteral(":id"), meta.id);
        statement.bind(QStringLiteral(":uuid"), meta.uuid)
            .bind(QStringLiteral(":created_at"), meta.createdAtMs)
            .bind(QStringLiteral(":updated_at"), meta.updatedAtMs)
            .bind(QStringLiteral(":version"), meta.version);
        m_mapping.bindColumns(statement.query(), value);
        if (auto status = statement.exec(); !status)
            return status;
        if (!statement.next())
            return Error{Error::Code::Database,
                         QCoreApplication::translate("leverage", "The item could not be saved.")};
        meta.id = statement.value(0).toLongLong();
        if (const auto renumber = m_workspace.dialect().afterExplicitId(m_mapping.table());
            restoring && !renumber.isEmpty()) {
            Statement after(m_workspace.database(), renumber);
            if (auto status = after.exec(); !status)
                return status;
        }
        return {};
    }

    // Inserts many values with one prepared statement (imports, generators). Runs inside the
    // caller's write; fills in each value's meta.
    Status insertAll(QList<T> &values)
    {
        BulkInsert insert(m_workspace.database(), m_workspace.dialect(),
                          m_mapping.insertSqlPositional(), m_mapping.columnCount() - 1);
        if (!insert.status())
            return insert.status();
        const auto now = m_workspace.nowMs();
        // The row meta is the same for every new row; bound values stay between inserts.
        insert.bind(1, now);
        insert.bind(2, now);
        insert.bind(3, 1);
        for (auto &value : values) {
            auto &meta = value.*m_meta;
            meta.uuid = Workspace::newUuid();
            meta.createdAtMs = meta.updatedAtMs = now;
            meta.version = 1;
            insert.bind(0, meta.uuid);
            m_mapping.bindColumnsPositional(insert, value, 4);
            auto id = insert.insert();
            if (!id)
                return id.status();
            meta.id = *id;
        }
        return {};
    }

    // Saves `value` if nobody changed the row since it was read; bumps its version.
    Status update(T &value)
    {
        auto &meta = value.*m_meta;
        const auto now = m_workspace.nowMs();
        Statement statement(m_workspace.database(), m_mapping.updateSql());
        statement.bind(QStringLiteral(":id"), meta.id)
            .bind(QStringLiteral(":version"), meta.version)
            .bind(QStringLiteral(":updated_at"), now);
        m_mapping.bindColumns(statement.query(), value);
        if (auto status = statement.exec(); !status)
            return status;
        if (statement.rowsAffected() != 1)
            return Error{Error::Code::Conflict,
                         QCoreApplication::translate(
                             "leverage", "The item was changed or removed elsewhere; reload it "
                                         "and make the change again.")};
        meta.updatedAtMs = now;
        ++meta.version;
        return {};
    }

    Status remove(RowId id)
    {
        Statement statement(m_workspace.database(),
                            QStringLiteral("DELETE FROM %1 WHERE id = :id").arg(m_mapping.table()));
        statement.bind(QStringLiteral(":id"), id);
        if (auto status = statement.exec(); !status)
            return status;
        if (statement.rowsAffected() != 1)
            return Error{Error::Code::NotFound,
                         QCoreApplication::translate("leverage", "That item no longer exists.")};
        return {};
    }

private:
    Workspace &m_workspace;
    TableMapping<T> m_mapping;
    RowMeta T::*m_meta;
    const QString m_select; // "SELECT <columns> FROM <table> ", made once
};

} // namespace leverage
