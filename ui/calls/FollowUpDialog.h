#pragma once

#include "core/domain/Instant.h"
#include "ui/common/GuardedDialog.h"

#include <QDateTime>

class QDateTimeEdit;
class QLineEdit;

namespace leverage::ui {

// Something to do or expect after the call, with a due time ("supervisor calls back
// Thursday 2–4 pm"; "call back after 10 am if no e-mail").
class FollowUpDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpDialog)

public:
    FollowUpDialog(const QDateTime &now, QWidget *parent = nullptr);

    QString what() const;
    Instant dueAt() const;

private:
    int m_offsetSeconds;
    QLineEdit *m_what;
    QDateTimeEdit *m_due;
};

} // namespace leverage::ui
