#pragma once

#include "core/contacts/GatewayRecord.h"

#include <QString>

namespace leverage::models {

// "helpfulness 4.5 of 5 on average" in the user's locale; empty when nothing was rated.
QString averageHelpfulnessText(const GatewayRecord &record);

} // namespace leverage::models
