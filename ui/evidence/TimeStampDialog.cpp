#include "ui/evidence/TimeStampDialog.h"

#include "core/timestamp/TimeStampClient.h"
#include "ui/models/evidence/TimeStamper.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

const char kAuthorityKey[] = "timeStamp/authority";

} // namespace

TimeStampDialog::TimeStampDialog(Workspace &workspace, RowId caseId, models::UndoPusher pusher,
                                 QWidget *parent)
    : QDialog(parent), m_caseId(caseId), m_stamper(new models::TimeStamper(workspace, pusher, this))
{
    setWindowTitle(tr("Time-stamp the Record"));
    setObjectName(QStringLiteral("timeStampDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("A time-stamp authority signs the record's seal together with the time, so that "
           "anyone can check later that the record, as it is sealed now, existed then. Only "
           "the seal (a SHA-256) is sent: nothing of the case leaves this computer. The "
           "authority's token is kept with the case and printed in its dossier."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_head = new QLabel(this);
    m_head->setObjectName(QStringLiteral("timeStampHead"));
    m_head->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (auto head = m_stamper->head(); head && head->sealId > 0)
        m_head->setText(
            tr("%1…%2 (seal %3)").arg(head->seal.left(16), head->seal.right(16)).arg(head->sealId));
    else
        m_head->setText(tr("Nothing is sealed yet."));
    form->addRow(tr("The record's seal:"), m_head);
    m_authority = new QLineEdit(savedAuthority(), this);
    m_authority->setObjectName(QStringLiteral("timeStampAuthority"));
    m_authority->setPlaceholderText(tr("the address your authority gives, e.g. https://…"));
    m_authority->setMinimumWidth(m_authority->fontMetrics().averageCharWidth() * 48);
    auto *authorityLabel = new QLabel(tr("The authority's &address:"), this);
    authorityLabel->setBuddy(m_authority);
    form->addRow(authorityLabel, m_authority);
    layout->addLayout(form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("timeStampStatus"));
    m_status->setWordWrap(true);
    // Room for the answer from the start, so that a refusal does not squeeze the text above.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing() * 3);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *ask = m_buttons->addButton(tr("&Stamp"), QDialogButtonBox::AcceptRole);
    ask->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TimeStampDialog::ask);
    // Cancel while waiting drops the request with the client (this dialog's child).
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
}

TimeStampDialog::~TimeStampDialog() = default;

QString TimeStampDialog::savedAuthority()
{
    return QSettings().value(QLatin1String(kAuthorityKey)).toString();
}

void TimeStampDialog::setTimeout(int ms)
{
    m_stamper->setTimeout(ms);
}

void TimeStampDialog::setBusy(bool busy)
{
    m_authority->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setFocus();
    for (auto *button : m_buttons->buttons())
        if (m_buttons->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->setEnabled(!busy);
    if (!busy)
        m_authority->setFocus();
}

void TimeStampDialog::ask()
{
    const QUrl authority = QUrl::fromUserInput(m_authority->text().trimmed());
    if (const QString wrong = TimeStampClient::checkAddress(authority); !wrong.isEmpty()) {
        m_status->setText(wrong);
        m_authority->setFocus();
        return;
    }
    QSettings().setValue(QLatin1String(kAuthorityKey), authority.toString());
    m_status->setText(tr("Asking the authority at %1 …").arg(authority.toDisplayString()));
    setBusy(true);
    m_stamper->stamp(authority, m_caseId, [this](const Result<TimeStampRepository::Stamp> &stamp) {
        setBusy(false);
        if (!stamp) {
            m_status->setText(stamp.message()); // reported already
            m_refusals.append(stamp.message());
            return;
        }
        Q_EMIT stamped(
            tr("Time-stamped by %1 at %2 UTC.")
                .arg(stamp->authorityUrl, QDateTime::fromMSecsSinceEpoch(stamp->genTimeMs, Qt::UTC)
                                              .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))),
            m_refusals);
        accept();
    });
}

} // namespace leverage::ui
