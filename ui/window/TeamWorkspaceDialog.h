#pragma once

#include "core/store/ServerAddress.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace leverage::ui {

// File → Open Team Workspace…: where the clinic's PostgreSQL server is and who is signing in.
// The password may stay empty (PostgreSQL's own ~/.pgpass is then used); a typed one lives in
// the returned address only, never in settings or the log.
class TeamWorkspaceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamWorkspaceDialog)

public:
    explicit TeamWorkspaceDialog(QWidget *parent = nullptr);

    // The address typed so far (the fields are filled from `address` by setAddress).
    ServerAddress address() const;
    void setAddress(const ServerAddress &address);

    void accept() override;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_tls;
    QLabel *m_problem;
};

} // namespace leverage::ui
