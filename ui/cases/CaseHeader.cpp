#include "ui/cases/CaseHeader.h"

#include "core/contacts/ContactDirectory.h"
#include "core/domain/CaseOrganizationRole.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/clocks/ClockCountdownLabel.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/MoneyText.h"
#include "ui/models/outcomes/CaseOutcomeLine.h"
#include "ui/models/team/CallPresence.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace leverage::ui {

CaseHeader::CaseHeader(Workspace &workspace, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_title(new QLabel(this)),
      m_details(new QLabel(this)), m_outcome(new QLabel(this)),
      m_clocks(new ClockCountdownLabel(workspace, this)), m_onCall(new QLabel(this))
{
    m_onCall->setObjectName(QStringLiteral("caseOnCall"));
    m_onCall->hide();
    m_title->setObjectName(QStringLiteral("caseTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_outcome->setWordWrap(true);
    // Wrapped too: on one line its width was the timeline's least, which kept the call notes
    // of View → Layout → On a Call from taking the room beside it.
    m_details->setWordWrap(true);
    for (auto *label : {m_title, m_details, m_outcome})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_details);
    layout->addWidget(m_outcome);
    layout->addWidget(m_clocks);
    layout->addWidget(m_onCall);

    connect(&m_workspace, &Workspace::caseChanged, this, [this](RowId id) {
        if (id == m_caseId)
            refresh();
    });
    connect(&m_workspace, &Workspace::organizationChanged, this, &CaseHeader::refresh);
    connect(&m_workspace, &Workspace::bulkChange, this, &CaseHeader::refresh);
    // A colleague's call on this case: read again every few seconds (a presence row is a
    // heartbeat, not a change the server announces).
    if (m_workspace.isTeamWorkspace()) {
        auto *timer = new QTimer(this);
        timer->setInterval(5000);
        connect(timer, &QTimer::timeout, this, &CaseHeader::refreshOnCall);
        timer->start();
    }
}

void CaseHeader::refreshOnCall()
{
    const auto text = models::onCallText(m_workspace, m_caseId);
    m_onCall->setText(text);
    m_onCall->setVisible(!text.isEmpty());
}

void CaseHeader::setCaseId(RowId caseId)
{
    m_caseId = caseId;
    m_clocks->setCaseId(caseId);
    refresh();
    refreshOnCall();
}

QString CaseHeader::titleText() const
{
    return m_title->text();
}

QString CaseHeader::organizationsText(RowId primaryId, const QString &primaryName) const
{
    auto involved = m_workspace.cases().involvedOrganizations(m_caseId);
    if (!involved || involved->isEmpty()) // unreadable: the case's own name still helps
        return primaryName.isEmpty() ? tr("No organization") : primaryName;
    // A workspace holds tens of organizations: their names in one read.
    QHash<RowId, QString> names;
    if (auto organizations = ContactDirectory(m_workspace).organizations())
        for (const auto &organization : std::as_const(*organizations))
            names.insert(organization.meta.id, organization.name);
    const auto nameOf = [&names](RowId id) { return names.value(id); };
    QStringList parts;
    for (const auto &organization : *involved) {
        QStringList about;
        if (!organization.role.isEmpty()) // as the label is written: German nouns keep a capital
            about << caseOrganizationRoleLabel(organization.role);
        if (organization.referredById > 0)
            about << tr("referred by %1").arg(nameOf(organization.referredById));
        const QString name = organization.organizationId == primaryId
                                 ? primaryName
                                 : nameOf(organization.organizationId);
        parts << (about.isEmpty() ? name
                                  : tr("%1 (%2)").arg(name, about.join(QStringLiteral(", "))));
    }
    return parts.join(QStringLiteral(" · "));
}

void CaseHeader::refresh()
{
    if (m_caseId <= 0) {
        m_title->clear();
        m_details->clear();
        m_outcome->clear();
        return;
    }
    auto summary = m_workspace.cases().summary(m_caseId);
    if (!summary) {
        m_title->setText(tr("This case could not be read"));
        m_details->setText(summary.message());
        m_outcome->clear();
        return;
    }
    const Case &value = summary->caseData;
    m_title->setText(value.title);
    QStringList details;
    details << organizationsText(value.organizationId, summary->organizationName);
    details << caseStatusLabel(value.status);
    if (!value.openedAt.isNull())
        details << tr("opened %1").arg(models::shortDate(value.openedAt));
    if (!value.reference.isEmpty())
        details << tr("ref. %1").arg(value.reference);
    // The sum at stake, in view whenever the case is: a user quotes it on every call.
    if (value.amountSoughtCents > 0)
        details << tr("seeking %1").arg(models::moneyText(value.amountSoughtCents, value.currency));
    // Once a case has an outcome, its items say what was received (in the outcome line);
    // before, an amount noted on the case.
    if (value.amountRecoveredCents > 0)
        if (auto received = models::caseReceivedText(m_workspace, value); received && !*received)
            details << tr("recovered %1")
                           .arg(models::moneyText(value.amountRecoveredCents, value.currency));
    m_details->setText(details.join(QStringLiteral("  ·  ")));
    QString outcome = value.desiredOutcome.isEmpty()
                          ? tr("Desired outcome: not set yet (Edit → Edit… to add it)")
                          : tr("Desired outcome: %1").arg(value.desiredOutcome);
    // How it ended, beside what was wanted (issue 22): sought against received.
    if (auto ended = models::caseOutcomeLine(m_workspace, value); !ended)
        outcome += QLatin1Char('\n') + tr("Outcome: could not be read (%1)").arg(ended.message());
    else if (!ended->isEmpty())
        outcome += QLatin1Char('\n') + tr("Outcome: %1").arg(*ended);
    m_outcome->setText(outcome);
}

} // namespace leverage::ui
