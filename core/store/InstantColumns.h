#pragma once

#include "core/domain/Instant.h"
#include "core/store/Statement.h"

namespace leverage {

// An instant read from two result columns, `column` (UTC milliseconds, NULL for none) and the
// next one (the UTC offset in seconds).
inline Instant instantFromColumns(const Statement &statement, int column)
{
    if (statement.value(column).isNull())
        return {};
    return Instant::fromUtcMs(statement.value(column).toLongLong(),
                              statement.value(column + 1).toInt());
}

} // namespace leverage
