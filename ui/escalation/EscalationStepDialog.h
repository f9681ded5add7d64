#pragma once

#include "core/domain/EscalationStep.h"
#include "ui/common/GuardedDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace leverage {
class Clock;
class Workspace;
} // namespace leverage

namespace leverage::ui {

// Adds or edits one step: level, target (a contact, an organization or free text), status,
// target date and note. It only gathers the values; the pane sends them through the model.
class EscalationStepDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EscalationStepDialog)

public:
    EscalationStepDialog(Workspace &workspace, QWidget *parent = nullptr);

    void setStep(const EscalationStep &step);
    // The step as entered, over the one given to setStep (id, case and position kept).
    EscalationStep step() const;

private:
    void fillTargets(Workspace &workspace);
    void updateFreeText();

    const Clock &m_clock;
    EscalationStep m_step;
    QComboBox *m_level;
    QComboBox *m_target;
    QLineEdit *m_freeText;
    QComboBox *m_status;
    QCheckBox *m_hasDate;
    QDateTimeEdit *m_date;
    QPlainTextEdit *m_note;
};

} // namespace leverage::ui
