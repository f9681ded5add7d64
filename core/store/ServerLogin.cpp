#include "core/store/ServerLogin.h"

#include "core/store/Workspace.h"

#include <QSqlDatabase>

namespace leverage {

ServerAddress serverLoginOf(const Workspace &workspace)
{
    if (!workspace.isTeamWorkspace())
        return {};
    // Read back from the connection itself: the workspace keeps no second copy of the password.
    const auto db = workspace.database();
    ServerAddress address;
    address.host = db.hostName();
    address.port = db.port();
    address.database = db.databaseName();
    address.user = db.userName();
    address.password = db.password();
    for (const auto &option : db.connectOptions().split(QLatin1Char(';')))
        if (option.startsWith(QLatin1String("sslmode=")))
            address.sslMode = option.mid(8);
    return address;
}

} // namespace leverage
