#pragma once

#include "core/domain/DueWindow.h"
#include "ui/common/GuardedDialog.h"

#include <QDateTime>
#include <QList>
#include <QPair>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace leverage::ui {

class DueFields;

// Something to do or expect after the call, with a due moment or window ("supervisor calls
// back Thursday 2–4 pm"; "call back after 10 am if no e-mail"), and who will act. A callback
// someone of the company promised counts as their commitment unless the user keeps it as
// their own follow-up.
class FollowUpDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    // `people`: who may act, as (name, participant index or CallState::kSupervisor).
    FollowUpDialog(const QList<QPair<QString, int>> &people, const QDateTime &now,
                   QWidget *parent = nullptr);

    QString what() const;
    DueWindow due() const;
    // CallState::kNobody: the user.
    int actorIndex() const;
    // The company promised it: file it as their commitment (with the follow-up to expect it).
    bool isCommitment() const;

private:
    QLineEdit *m_what;
    QComboBox *m_actor;
    QCheckBox *m_promised;
    DueFields *m_due;
};

} // namespace leverage::ui
