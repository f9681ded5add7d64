#pragma once

#include "core/store/EntityTable.h"
#include "core/store/SealChain.h"
#include "core/store/WriteTransaction.h"

#include <functional>

namespace leverage {

// The common life of a stored type: each write runs in a transaction (joining an outer one)
// and announces itself through the workspace's signals only once that transaction commits.
template <typename T> class Repository
{
public:
    struct Notifiers
    {
        std::function<void(const T &)> added;
        std::function<void(const T &)> changed;
        std::function<void(const T &)> removed;
    };

    virtual ~Repository() = default;

    Result<T> get(RowId id) const { return m_table.get(id); }

    // Stores a new value (or restores a removed one that still carries its id).
    Status add(T &value)
    {
        if (auto status = validate(value); !status)
            return status;
        WriteTransaction transaction(m_workspace);
        if (!transaction.status())
            return transaction.status();
        if (auto status = m_table.insert(value); !status)
            return status;
        if (auto status = seal(value.meta.id, SealChain::Action::Insert); !status)
            return status;
        if (auto status = afterWrite(value); !status)
            return status;
        notify(m_notifiers.added, value);
        return transaction.commit();
    }

    // Adds many new values in one write and one prepared statement. Listeners get one
    // bulkChange instead of a signal per row.
    Status addMany(QList<T> &values)
    {
        for (const auto &value : values)
            if (auto status = validate(value); !status)
                return status;
        WriteTransaction transaction(m_workspace);
        if (!transaction.status())
            return transaction.status();
        if (auto status = m_table.insertAll(values); !status)
            return status;
        if (m_sealed && !values.isEmpty()) {
            QList<RowId> ids;
            ids.reserve(values.size());
            for (const auto &value : values)
                ids.append(value.meta.id);
            if (auto status = m_workspace.seals().sealInserted(m_table.mapping().table(), ids);
                !status)
                return status;
        }
        if (auto status = afterBulkInsert(values); !status)
            return status;
        m_workspace.announceAsBulkChange();
        return transaction.commit();
    }

    Status update(T &value)
    {
        if (auto status = validate(value); !status)
            return status;
        WriteTransaction transaction(m_workspace);
        if (!transaction.status())
            return transaction.status();
        auto before = m_table.get(value.meta.id);
        if (!before)
            return before.status();
        if (auto status = m_table.update(value); !status)
            return status;
        if (auto status = seal(value.meta.id, SealChain::Action::Update); !status)
            return status;
        if (auto status = afterWrite(value); !status)
            return status;
        if (auto status = afterMove(*before, value); !status)
            return status;
        notify(m_notifiers.changed, value);
        return transaction.commit();
    }

    Status remove(RowId id)
    {
        WriteTransaction transaction(m_workspace);
        if (!transaction.status())
            return transaction.status();
        auto existing = m_table.get(id);
        if (!existing)
            return existing.status();
        // Sealed before it goes: the seal keeps what was removed.
        if (auto status = seal(id, SealChain::Action::Remove); !status)
            return status;
        if (auto status = m_table.remove(id); !status)
            return status;
        if (auto status = afterWrite(*existing); !status)
            return status;
        notify(m_notifiers.removed, *existing);
        return transaction.commit();
    }

protected:
    // `sealed`: every write of this type is sealed into the workspace's hash chain.
    Repository(Workspace &workspace, TableMapping<T> mapping, Notifiers notifiers,
               bool sealed = false)
        : m_workspace(workspace), m_table(workspace, std::move(mapping), &T::meta),
          m_notifiers(std::move(notifiers)), m_sealed(sealed)
    {
    }

    Status seal(RowId id, SealChain::Action action)
    {
        if (!m_sealed)
            return {};
        return m_workspace.seals().seal(m_table.mapping().table(), id, action);
    }

    // Refuses a value that must not be stored (an empty name, a cycle …).
    virtual Status validate(const T &) const { return {}; }
    // Keeps derived data right inside the same transaction (a case's last activity …).
    virtual Status afterWrite(const T &) { return {}; }
    // Keeps derived data right after addMany (once per write, not per row).
    virtual Status afterBulkInsert(const QList<T> &) { return {}; }
    // Called on update with the stored value before the change, e.g. when a row changes owner.
    virtual Status afterMove(const T &, const T &) { return {}; }

    // ORDER BY name, without regard to case, on either engine.
    QString byName() const { return m_workspace.dialect().caseless(QStringLiteral("name")); }

    void notify(const std::function<void(const T &)> &notifier, const T &value)
    {
        if (notifier)
            m_workspace.afterCommit([notifier, value] { notifier(value); });
    }

    Workspace &m_workspace;
    EntityTable<T> m_table;
    Notifiers m_notifiers;
    bool m_sealed = false;
};

} // namespace leverage
