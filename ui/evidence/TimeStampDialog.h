#pragma once

#include "core/domain/Ids.h"
#include "ui/models/undo/UndoPusher.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class TimeStamper;
}

namespace leverage::ui {

// Time-stamp the Record… (issue 21): the RFC 3161 time-stamp authority the user names
// (remembered in QSettings) asked to stamp the hash chain's head by a models::TimeStamper,
// without blocking the window; the granted stamp is kept through one undo command, a refusal
// reported through the window's ErrorReporter and shown here too, so the address can be
// corrected. Only the head, a SHA-256, leaves the computer.
class TimeStampDialog final : public QDialog
{
    Q_OBJECT
public:
    TimeStampDialog(Workspace &workspace, RowId caseId, models::UndoPusher pusher,
                    QWidget *parent = nullptr);
    ~TimeStampDialog() override;

    static QString savedAuthority();
    // For tests: how long the authority has to answer.
    void setTimeout(int ms);

Q_SIGNALS:
    // A stamp was granted and kept: a sentence for the window's status bar, and the refusals
    // this dialog met before it, which the grant makes untrue (the window's bar withdraws them).
    void stamped(const QString &message, const QStringList &settledRefusals);

private:
    void ask();
    void setBusy(bool busy);

    RowId m_caseId;
    models::TimeStamper *m_stamper;
    QLineEdit *m_authority;
    QLabel *m_head;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QStringList m_refusals;
};

} // namespace leverage::ui
