#pragma once

#include <QtGlobal>

namespace leverage {

// Integer keys of the store; 0 means "not stored yet" and nullable links use 0 for "none".
using RowId = qint64;

} // namespace leverage
