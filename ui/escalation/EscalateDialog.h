#pragma once

#include "core/domain/Contact.h"
#include "core/escalation/EscalationService.h"
#include "ui/common/GuardedDialog.h"

#include <QHash>

class QComboBox;
class QModelIndex;
class QLabel;
class QLineEdit;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class EscalationPathModel;
}

namespace leverage::ui {

// "Supervisor (Carl Jensen)", or the level alone: a row of the path in a sentence.
QString escalationStepLabel(const QModelIndex &index);

// Escalate: to which level, to whom and how. Prefilled from the next step of the path and its
// contact (their preferred channel), it warns when a clock of the case says it is too early.
// It only gathers the attempt; the pane sends it through the model as one undo command.
class EscalateDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalateDialog)

public:
    EscalateDialog(Workspace &workspace, const models::EscalationPathModel &path,
                   QWidget *parent = nullptr);

    EscalationService::Attempt attempt() const;
    // The "too early" warning shown, empty when none.
    QString warning() const;

private:
    void fillPeople(Workspace &workspace, RowId caseId);
    void stepChosen();
    void updateSummary();

    const models::EscalationPathModel &m_path;
    QHash<RowId, Contact> m_people; // everyone offered, for names and preferred channels
    QLabel *m_from;
    QComboBox *m_step;
    QComboBox *m_person;
    QComboBox *m_channel;
    QLineEdit *m_summary;
    QLabel *m_warning;
    bool m_summaryTyped = false;
};

} // namespace leverage::ui
