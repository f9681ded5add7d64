#include "ui/backup/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

constexpr int kMinimumLength = 8;

} // namespace

PassphraseDialog::PassphraseDialog(Purpose purpose, QWidget *parent)
    : QDialog(parent), m_purpose(purpose)
{
    const bool exporting = purpose == Purpose::Export;
    setWindowTitle(exporting ? tr("Encrypt the Archive?") : tr("Encrypted Archive"));
    setObjectName(QStringLiteral("passphraseDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(
        exporting ? tr("With a passphrase, only someone who knows it can open the archive — "
                       "useful before you e-mail it or put it on a USB stick. Nobody, not even "
                       "Leverage, can open it without the passphrase. Leave it empty for an "
                       "archive without encryption.")
                  : tr("This archive is encrypted. Enter the passphrase it was exported with."),
        this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *form = new QFormLayout;
    m_first = new QLineEdit(this);
    m_first->setObjectName(QStringLiteral("passphrase"));
    m_first->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), m_first);
    if (exporting) {
        m_second = new QLineEdit(this);
        m_second->setObjectName(QStringLiteral("passphraseAgain"));
        m_second->setEchoMode(QLineEdit::Password);
        form->addRow(tr("&Again:"), m_second);
        connect(m_second, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    }
    layout->addLayout(form);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(exporting ? tr("&Export") : tr("&Import"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_first, &QLineEdit::textChanged, this, &PassphraseDialog::check);
    check();
}

PassphraseDialog::~PassphraseDialog() = default;

QByteArray PassphraseDialog::passphrase() const
{
    return m_first->text().toUtf8();
}

void PassphraseDialog::check()
{
    QString problem;
    const QString first = m_first->text();
    if (m_purpose == Purpose::Import) {
        m_problem->hide();
        m_ok->setEnabled(!first.isEmpty());
        return;
    }
    if (!first.isEmpty() && first.size() < kMinimumLength) {
        problem = tr("Use at least %1 characters; a few words are easy to remember and hard to "
                     "guess.")
                      .arg(kMinimumLength);
    } else if (first != m_second->text()) {
        problem = tr("The two passphrases differ.");
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace leverage::ui
