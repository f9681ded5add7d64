#pragma once

#include "core/util/Result.h"

#include <QStringList>
#include <functional>
#include <vector>

namespace leverage {

class Workspace;

// One step of the schema: the statements that take a workspace from version toVersion - 1
// to toVersion. Statements are run one at a time (QSqlQuery runs a single statement).
struct Migration
{
    int toVersion = 0;
    QStringList statements;
    // Work SQL alone cannot do (hashing), run after the statements in the same transaction.
    std::function<Status(Workspace &)> finish = {};
};

using MigrationList = std::vector<Migration>;

} // namespace leverage
