#pragma once

#include "core/domain/Ids.h"

#include <QLabel>

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// The case header's line of clocks: each route's next date with its countdown ("Financial
// Ombudsman Service: Tue 31 Mar 2026 (in 29 days)"), or a door already open ("opened 3 days
// ago"). Hidden when the case has no clock. Follows the case's changes and rule edits.
class ClockCountdownLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockCountdownLabel)

public:
    explicit ClockCountdownLabel(Workspace &workspace, QWidget *parent = nullptr);

    void setCaseId(RowId caseId);

private:
    void refresh();

    Workspace &m_workspace;
    RowId m_caseId = 0;
};

} // namespace leverage::ui
