#pragma once

#include "core/domain/Ids.h"

#include <QWidget>

class QLabel;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

class ClockCountdownLabel;

// The top of the timeline pane: the case's title, organizations (with roles), status and what the
// user wants out of it. Follows changes to the case and its organization.
class CaseHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseHeader)

public:
    explicit CaseHeader(Workspace &workspace, QWidget *parent = nullptr);

    void setCaseId(RowId caseId);
    RowId caseId() const { return m_caseId; }
    QString titleText() const;

private:
    void refresh();
    void refreshOnCall();
    // The case's organizations with their roles and referrals, its own first.
    QString organizationsText(RowId primaryId, const QString &primaryName) const;

    Workspace &m_workspace;
    RowId m_caseId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_details = nullptr;
    QLabel *m_outcome = nullptr;
    ClockCountdownLabel *m_clocks = nullptr; // each route's next clock (issue 19)
    QLabel *m_onCall = nullptr;              // "Ana is on a call on this case" (a team workspace)
};

} // namespace leverage::ui
