#include "ui/window/TeamWorkspaceDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leverage::ui {

TeamWorkspaceDialog::TeamWorkspaceDialog(QWidget *parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)), m_user(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_tls(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Open Team Workspace"));
    m_host->setPlaceholderText(tr("db.clinic.example, or a socket folder"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass"));
    // libpq's modes, the safe one first: a clinic's server is reached over a network.
    m_tls->addItem(tr("Verify the server's certificate and name"), QStringLiteral("verify-full"));
    m_tls->addItem(tr("Require encryption"), QStringLiteral("require"));
    m_tls->addItem(tr("Encrypt when the server offers it"), QStringLiteral("prefer"));
    m_tls->addItem(tr("No encryption (this computer only)"), QStringLiteral("disable"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Encryption:"), m_tls);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TeamWorkspaceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TeamWorkspaceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

ServerAddress TeamWorkspaceDialog::address() const
{
    ServerAddress address;
    address.host = m_host->text().trimmed();
    address.port = m_port->value();
    address.database = m_database->text().trimmed();
    address.user = m_user->text().trimmed();
    address.password = m_password->text();
    address.sslMode = m_tls->currentData().toString();
    return address;
}

void TeamWorkspaceDialog::setAddress(const ServerAddress &address)
{
    m_host->setText(address.host);
    m_port->setValue(address.port);
    m_database->setText(address.database);
    m_user->setText(address.user);
    if (const int index = m_tls->findData(address.sslMode); index >= 0)
        m_tls->setCurrentIndex(index);
}

void TeamWorkspaceDialog::accept()
{
    const auto typed = address();
    QString problem;
    if (typed.host.isEmpty())
        problem = tr("Type the server's name or address.");
    else if (typed.database.isEmpty())
        problem = tr("Type the name of the team's database.");
    else if (typed.user.isEmpty())
        problem = tr("Type your user name on the server.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace leverage::ui
