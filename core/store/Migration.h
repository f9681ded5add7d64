#pragma once

#include <QStringList>
#include <vector>

namespace leverage {

// One step of the schema: the statements that take a workspace from version toVersion - 1
// to toVersion. Statements are run one at a time (QSqlQuery runs a single statement).
struct Migration
{
    int toVersion = 0;
    QStringList statements;
};

using MigrationList = std::vector<Migration>;

} // namespace leverage
