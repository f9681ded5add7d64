#pragma once

#include "core/calls/CallState.h"
#include "ui/common/GuardedDialog.h"

class QLineEdit;

namespace leverage::ui {

// Someone new on the line: name, position, employee id or extension. Filed as a contact of
// the organization when the call is filed.
class NewPersonDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewPersonDialog)

public:
    explicit NewPersonDialog(const QString &name, QWidget *parent = nullptr);

    CallParticipant person() const;

private:
    QLineEdit *m_name;
    QLineEdit *m_position;
    QLineEdit *m_extension;
};

} // namespace leverage::ui
