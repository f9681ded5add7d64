#pragma once

#include "core/domain/EntryParticipant.h"
#include "core/domain/TimelineEntry.h"
#include "ui/common/EditDialog.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

class ContactPicker;
class RatingCombo;

// Records a call, e-mail, letter, chat, visit or note on a case, or edits one. The value's
// caseId must be set.
class EntryDialog final : public EditDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryDialog)

public:
    EntryDialog(models::WorkspaceEditor &editor, const TimelineEntry &value,
                QWidget *parent = nullptr);

protected:
    QString validate() const override;
    Result<ItemRef> save() override;

private:
    TimelineEntry collect() const;
    void updateTimingFields();
    // "Edited 2 times since it was recorded" and the button that shows the earlier versions.
    void addHistoryRow();
    // "Add as a contact at" is offered while the person typed is no contact yet.
    void updateNewContactField();
    // The names typed in a people field (";" or "," between them) as participants.
    QList<EntryParticipant> peopleIn(const QLineEdit *field, bool cc) const;

    TimelineEntry m_value;
    QComboBox *m_channel = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QDateTimeEdit *m_duration = nullptr;
    QDateTimeEdit *m_hold = nullptr;
    ContactPicker *m_person = nullptr;
    QLineEdit *m_position = nullptr;
    QComboBox *m_newContactAt = nullptr;
    QLineEdit *m_with = nullptr;
    QLineEdit *m_copies = nullptr;
    QList<EntryParticipant> m_peopleShown; // as stored, to keep what the call pane recorded
    QLineEdit *m_reference = nullptr;
    QLineEdit *m_summary = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    RatingCombo *m_effort = nullptr;
    RatingCombo *m_helpfulness = nullptr;
    QCheckBox *m_serviceFailure = nullptr;
    QCheckBox *m_private = nullptr;
};

} // namespace leverage::ui
