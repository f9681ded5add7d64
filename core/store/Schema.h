#pragma once

#include "core/store/Migration.h"

namespace leverage {

class SqlDialect;

namespace schema {

// Tags a SQLite file as a Leverage workspace ("LEVR").
constexpr int kApplicationId = 0x4C455652;

// The schema version this build writes and reads.
int currentVersion();

// Every step from an empty database, in order; written with the dialect's placeholders.
MigrationList migrations(const SqlDialect &dialect);

} // namespace schema
} // namespace leverage
