#pragma once

#include "core/domain/Instant.h"
#include "core/domain/RowMeta.h"
#include "core/store/ResultRow.h"

#include <QDate>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>
#include <vector>

namespace leverage {

// How one domain type maps to the columns of its table, written once per type so that the
// insert, update and select statements of every repository come from the same description.
template <typename T> class TableMapping
{
public:
    struct Column
    {
        QString name;
        std::function<QVariant(const T &)> get;
        // Sets the member from column `index` of the current row.
        std::function<void(T &, const ResultRow &, int)> set;
    };

    explicit TableMapping(QString table) : m_table(std::move(table)) {}

    const QString &table() const { return m_table; }

    TableMapping &text(const QString &name, QString T::*member)
    {
        // Empty text is stored as '' (the columns are NOT NULL), never as NULL.
        m_columns.push_back(
            {name,
             [member](const T &v) {
                 return QVariant((v.*member).isNull() ? QStringLiteral("") : v.*member);
             },
             [member](T &v, const ResultRow &r, int i) { v.*member = r.toString(i); }});
        return *this;
    }
    // A link to another row: 0 in the value type is NULL in the table.
    TableMapping &link(const QString &name, qint64 T::*member)
    {
        m_columns.push_back(
            {name,
             [member](const T &v) {
                 return v.*member > 0 ? QVariant(v.*member)
                                      : QVariant(QMetaType::fromType<qint64>());
             },
             [member](T &v, const ResultRow &r, int i) { v.*member = r.toLongLong(i); }});
        return *this;
    }
    TableMapping &integer(const QString &name, int T::*member)
    {
        m_columns.push_back(
            {name, [member](const T &v) { return QVariant(v.*member); },
             [member](T &v, const ResultRow &r, int i) { v.*member = r.toInt(i); }});
        return *this;
    }
    TableMapping &bigInteger(const QString &name, qint64 T::*member)
    {
        m_columns.push_back(
            {name, [member](const T &v) { return QVariant(v.*member); },
             [member](T &v, const ResultRow &r, int i) { v.*member = r.toLongLong(i); }});
        return *this;
    }
    TableMapping &optionalInteger(const QString &name, std::optional<int> T::*member)
    {
        m_columns.push_back(
            {name,
             [member](const T &v) {
                 return (v.*member) ? QVariant(*(v.*member)) : QVariant(QMetaType::fromType<int>());
             },
             [member](T &v, const ResultRow &r, int i) {
                 v.*member = r.isNull(i) ? std::nullopt : std::optional<int>(r.toInt(i));
             }});
        return *this;
    }
    TableMapping &boolean(const QString &name, bool T::*member)
    {
        m_columns.push_back(
            {name, [member](const T &v) { return QVariant(v.*member ? 1 : 0); },
             [member](T &v, const ResultRow &r, int i) { v.*member = r.toInt(i) != 0; }});
        return *this;
    }
    TableMapping &date(const QString &name, QDate T::*member)
    {
        m_columns.push_back({name,
                             [member](const T &v) {
                                 return (v.*member).isValid()
                                            ? QVariant((v.*member).toString(Qt::ISODate))
                                            : QVariant(QMetaType::fromType<QString>());
                             },
                             [member](T &v, const ResultRow &r, int i) {
                                 v.*member = QDate::fromString(r.toString(i), Qt::ISODate);
                             }});
        return *this;
    }
    // An instant is two columns: <stem>_at (UTC milliseconds) and <stem>_offset (seconds).
    TableMapping &instant(const QString &stem, Instant T::*member)
    {
        const auto nullMs = QVariant(QMetaType::fromType<qint64>());
        m_columns.push_back({stem + QStringLiteral("_at"),
                             [member, nullMs](const T &v) {
                                 return (v.*member).isNull() ? nullMs : QVariant((v.*member).utcMs);
                             },
                             [member](T &v, const ResultRow &r, int i) {
                                 if (r.isNull(i))
                                     v.*member = {};
                                 else
                                     v.*member = Instant::fromUtcMs(r.toLongLong(i),
                                                                    (v.*member).offsetSeconds);
                             }});
        m_columns.push_back({stem + QStringLiteral("_offset"),
                             [member](const T &v) { return QVariant((v.*member).offsetSeconds); },
                             [member](T &v, const ResultRow &r, int i) {
                                 (v.*member).offsetSeconds = r.toInt(i);
                             }});
        return *this;
    }
    template <typename Enum>
    TableMapping &enumeration(const QString &name, Enum T::*member, QString (*toKey)(Enum),
                              std::optional<Enum> (*fromKey)(const QString &))
    {
        m_columns.push_back({name,
                             [member, toKey](const T &v) { return QVariant(toKey(v.*member)); },
                             [member, fromKey](T &v, const ResultRow &r, int i) {
                                 if (auto parsed = fromKey(r.toString(i)))
                                     v.*member = *parsed;
                             }});
        return *this;
    }

    // A value kept as text in one column through an encoder and a decoder (lists as JSON).
    template <typename V>
    TableMapping &encoded(const QString &name, V T::*member, QString (*encode)(const V &),
                          V (*decode)(const QString &))
    {
        m_columns.push_back({name,
                             [member, encode](const T &v) {
                                 const QString text = encode(v.*member);
                                 return QVariant(text.isNull() ? QStringLiteral("") : text);
                             },
                             [member, decode](T &v, const ResultRow &r, int i) {
                                 v.*member = decode(r.toString(i));
                             }});
        return *this;
    }

    // "id, uuid, created_at, updated_at, version, <columns…>" in read() order.
    QString selectList(const QString &alias = {}) const
    {
        const auto prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
        QStringList names;
        for (const auto *meta : {"id", "uuid", "created_at", "updated_at", "version"})
            names << prefix + QLatin1String(meta);
        for (const auto &column : m_columns)
            names << prefix + column.name;
        return names.join(QStringLiteral(", "));
    }

    // Positional form for bulk inserts: uuid, created_at, updated_at, version, columns….
    QString insertSqlPositional() const
    {
        QStringList names{QStringLiteral("uuid"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at"), QStringLiteral("version")};
        for (const auto &column : m_columns)
            names << column.name;
        QStringList marks;
        marks.fill(QStringLiteral("?"), names.size());
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(m_table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    }

    // Binds the columns to anything with bind(int, QVariant), from parameter `first` on.
    template <typename Target>
    void bindColumnsPositional(Target &target, const T &value, int first) const
    {
        for (const auto &column : m_columns)
            target.bind(first++, column.get(value));
    }

    QString insertSql(bool withExplicitId) const
    {
        QStringList names{QStringLiteral("uuid"), QStringLiteral("created_at"),
                          QStringLiteral("updated_at"), QStringLiteral("version")};
        if (withExplicitId)
            names.prepend(QStringLiteral("id"));
        for (const auto &column : m_columns)
            names << column.name;
        QStringList placeholders;
        for (const auto &name : names)
            placeholders << QLatin1Char(':') + name;
        return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
            .arg(m_table, names.join(QStringLiteral(", ")),
                 placeholders.join(QStringLiteral(", ")));
    }

    // Updates only if the row still has the version the caller read (optimistic concurrency).
    QString updateSql() const
    {
        QStringList sets;
        for (const auto &column : m_columns)
            sets << column.name + QStringLiteral(" = :") + column.name;
        sets << QStringLiteral("updated_at = :updated_at")
             << QStringLiteral("version = version + 1");
        return QStringLiteral("UPDATE %1 SET %2 WHERE id = :id AND version = :version")
            .arg(m_table, sets.join(QStringLiteral(", ")));
    }

    void bindColumns(QSqlQuery &query, const T &value) const
    {
        for (const auto &column : m_columns)
            query.bindValue(QLatin1Char(':') + column.name, column.get(value));
    }

    // Reads a row selected with selectList(), starting at column `first`.
    T read(const QSqlQuery &query, RowMeta T::*meta, int first = 0) const
    {
        return read(ResultRow(query), meta, first);
    }
    T read(const ResultRow &row, RowMeta T::*meta, int first = 0) const
    {
        T value;
        auto &m = value.*meta;
        m.id = row.toLongLong(first);
        m.uuid = row.toString(first + 1);
        m.createdAtMs = row.toLongLong(first + 2);
        m.updatedAtMs = row.toLongLong(first + 3);
        m.version = row.toInt(first + 4);
        int index = first + 5;
        for (const auto &column : m_columns)
            column.set(value, row, index++);
        return value;
    }

    int columnCount() const { return 5 + int(m_columns.size()); }

private:
    QString m_table;
    std::vector<Column> m_columns;
};

} // namespace leverage
