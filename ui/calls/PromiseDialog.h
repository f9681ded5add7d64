#pragma once

#include "core/domain/Instant.h"
#include "ui/common/GuardedDialog.h"

#include <QDateTime>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace leverage::ui {

// A promise made on the call: what, and when it is due (today, 3/5/10 business days, a date).
class PromiseDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromiseDialog)

public:
    PromiseDialog(const QString &byWhom, const QDateTime &now, QWidget *parent = nullptr);

    QString what() const;
    Instant dueAt() const;

private:
    QDateTime m_now;
    QLineEdit *m_what;
    QComboBox *m_due;
    QDateTimeEdit *m_date;
};

} // namespace leverage::ui
