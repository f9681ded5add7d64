#pragma once

#include "core/domain/Commitment.h"
#include "ui/common/EditDialog.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace leverage::ui {

class ContactPicker;
class DueFields;

// Records a promise the company's people made on a case, or edits one (its status too).
// The value's caseId must be set.
class CommitmentDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommitmentDialog)

public:
    CommitmentDialog(models::WorkspaceEditor &editor, const Commitment &value,
                     QWidget *parent = nullptr);

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    Commitment collect() const;

    Commitment m_value;
    QLineEdit *m_what = nullptr;
    ContactPicker *m_madeBy = nullptr;
    QDateTimeEdit *m_made = nullptr;
    ContactPicker *m_actor = nullptr;
    DueFields *m_due = nullptr;
    DueWindow m_shownDue; // the due as the fields first showed it
    QComboBox *m_status = nullptr;
    QLineEdit *m_statusNote = nullptr;
};

} // namespace leverage::ui
