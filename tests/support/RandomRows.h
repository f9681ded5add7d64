#pragma once

#include "core/store/Workspace.h"

#include <QList>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QString>

namespace leverage::testing {

// The seeded chance behind the property tests that edit a workspace at random (the search
// index's and the outcome sums' exactness): a number below n, and a random row of a table.
class RandomRows
{
public:
    explicit RandomRows(quint32 seed) : m_random(seed) {}

    int upTo(int n) { return int(m_random.bounded(quint32(n))); }

    // A random row of a table, of one case if given (0 when there is none); the tests read ids
    // straight from the table.
    RowId pick(Workspace &ws, const QString &table, RowId caseId = 0)
    {
        QSqlQuery q(ws.database());
        q.prepare(caseId ? QStringLiteral("SELECT id FROM %1 WHERE case_id = :c").arg(table)
                         : QStringLiteral("SELECT id FROM %1").arg(table));
        q.bindValue(QStringLiteral(":c"), caseId);
        QList<RowId> ids;
        if (q.exec())
            while (q.next())
                ids << q.value(0).toLongLong();
        return ids.isEmpty() ? 0 : ids.at(upTo(int(ids.size())));
    }

private:
    QRandomGenerator m_random;
};

} // namespace leverage::testing
