#include "core/store/LastWrite.h"

#include "core/store/Statement.h"
#include "core/store/Workspace.h"

#include <QCoreApplication>

namespace leverage {

Result<LastWrite> lastWriteOf(Workspace &workspace, const QString &table, RowId id)
{
    Statement statement(
        workspace.database(),
        QStringLiteral("SELECT changed_by, updated_at FROM %1 WHERE id = :id LIMIT 1").arg(table));
    statement.bind(QStringLiteral(":id"), id);
    if (auto status = statement.exec(); !status)
        return status.error();
    if (!statement.next())
        return Error{Error::Code::NotFound,
                     QCoreApplication::translate("leverage", "That item no longer exists.")};
    return LastWrite{statement.value(0).toString(), statement.value(1).toLongLong()};
}

} // namespace leverage
