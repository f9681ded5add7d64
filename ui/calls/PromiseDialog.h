#pragma once

#include "core/domain/DueWindow.h"
#include "ui/common/GuardedDialog.h"

#include <QDateTime>
#include <QList>
#include <QPair>

class QComboBox;
class QLineEdit;

namespace leverage::ui {

class DueFields;

// A promise made on the call: what, who will act on it (the one who promised, or someone
// named: "the supervisor will call back"), and when it is due: business-day presets, a date
// (by end of day), a time, a window, or "within N hours/days" of the call.
class PromiseDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PromiseDialog)

public:
    // `actors`: who else may act, as (name, participant index or CallState::kSupervisor).
    PromiseDialog(const QString &byWhom, const QList<QPair<QString, int>> &actors,
                  const QDateTime &now, QWidget *parent = nullptr);

    QString what() const;
    DueWindow due() const;
    // CallState::kNobody when the one who promised acts on it.
    int actorIndex() const;

private:
    QLineEdit *m_what;
    QComboBox *m_actor;
    DueFields *m_due;
};

} // namespace leverage::ui
