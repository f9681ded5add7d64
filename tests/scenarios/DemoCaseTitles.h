#pragma once

#include <QString>

namespace leverage::testing {

// Cases of the demo workspace (core/services/DemoWorkspaceBuilder) that several scenarios open by
// title.
inline const QString kDishwasher =
    QStringLiteral("Dishwasher delivered damaged, installation left unfinished");
inline const QString kUkBank = QStringLiteral("Card payment taken twice (UK)");

} // namespace leverage::testing
