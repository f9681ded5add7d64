#include "ui/models/contacts/ContactPageModel.h"

#include "core/domain/RatingScale.h"

#include "core/contacts/ContactHistory.h"
#include "core/domain/Channel.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/common/TextTableModel.h"
#include "ui/models/contacts/GatewayRecordText.h"

#include <QTimer>

namespace leverage::models {
namespace {

// Status in words and a mark, never by colour alone.
QString commitmentStatusText(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Kept:
        return QStringLiteral("✓ ") + commitmentStatusLabel(status);
    case CommitmentStatus::Broken:
        return QStringLiteral("✗ ") + commitmentStatusLabel(status);
    default:
        return commitmentStatusLabel(status);
    }
}

} // namespace

ContactPageModel::ContactPageModel(Workspace &workspace, QObject *parent)
    : QObject(parent), LoadStatus(tr("this contact's page")), m_workspace(workspace),
      m_details(new TextTableModel({tr("Detail"), tr("Value")}, this)),
      m_history(new TextTableModel(
          {tr("When"), tr("Channel"), tr("Helpfulness"), tr("Summary"), tr("Case")}, this)),
      m_commitments(
          new TextTableModel({tr("What"), tr("Status"), tr("Due"), tr("Made"), tr("Case")}, this))
{
    connect(&workspace, &Workspace::contactChanged, this, [this](RowId id) {
        if (id == m_contactId)
            scheduleRefresh();
    });
    connect(&workspace, &Workspace::contactRemoved, this, [this](RowId id) {
        if (id == m_contactId)
            setContactId(0);
    });
    // A supervisor's or the organization's new name, and every entry or promise they touch.
    for (auto signal :
         {&Workspace::organizationChanged, &Workspace::caseChanged, &Workspace::caseRemoved})
        connect(&workspace, signal, this, &ContactPageModel::scheduleRefresh);
    for (auto signal : {&Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved,
                        &Workspace::commitmentAdded, &Workspace::commitmentChanged,
                        &Workspace::commitmentRemoved})
        connect(&workspace, signal, this, &ContactPageModel::scheduleRefresh);
    connect(&workspace, &Workspace::bulkChange, this, &ContactPageModel::scheduleRefresh);
    clear();
}

void ContactPageModel::setContactId(RowId contactId)
{
    m_contactId = contactId;
    refresh();
}

void ContactPageModel::scheduleRefresh()
{
    if (m_refreshPending || m_contactId <= 0)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ContactPageModel::refresh);
}

void ContactPageModel::clear()
{
    m_hasContact = false;
    m_title = tr("No contact selected");
    m_isGateway = false;
    m_organizationId = 0;
    m_trackRecord.clear();
    for (auto *table : {m_details, m_history, m_commitments})
        table->setRows({});
}

void ContactPageModel::refresh()
{
    m_refreshPending = false;
    if (m_contactId <= 0) {
        clear();
        markNotLoaded();
    } else if (const leverage::Status status = read(); status) {
        markLoaded();
    } else if (status.code() == Error::Code::NotFound) {
        clear(); // removed meanwhile: nothing to show, and nothing went wrong
        markNotLoaded();
    } else {
        logging::get("ui")->warn("contact page of {} not read (code {})", m_contactId,
                                 int(status.code()));
        clear();
        markFailed(status.message());
    }
    Q_EMIT refreshed();
}

leverage::Status ContactPageModel::read()
{
    auto contact = m_workspace.contacts().get(m_contactId);
    if (!contact)
        return contact.status();
    QString organization;
    if (contact->organizationId > 0) {
        auto found = m_workspace.organizations().get(contact->organizationId);
        if (!found)
            return found.status();
        organization = found->name;
    }
    QString supervisor;
    if (contact->supervisorId > 0) {
        auto found = m_workspace.contacts().get(contact->supervisorId);
        if (!found && found.code() != Error::Code::NotFound)
            return found.status();
        if (found)
            supervisor = found->name;
    }
    const ContactHistory history(m_workspace);
    auto record = history.record(m_contactId);
    if (!record)
        return record.status();
    auto entries = history.entries(m_contactId);
    if (!entries)
        return entries.status();
    auto commitments = history.commitments(m_contactId);
    if (!commitments)
        return commitments.status();

    m_hasContact = true;
    m_title = contact->name;
    m_isGateway = contact->isGateway;
    m_organizationId = contact->organizationId;

    QList<TextTableModel::Row> details;
    auto addDetail = [&details](const QString &label, const QString &value) {
        if (!value.trimmed().isEmpty())
            details.append({0, {label, value}});
    };
    addDetail(tr("Position:"), contact->position);
    addDetail(tr("Department:"), contact->department);
    addDetail(tr("Organization:"), organization);
    addDetail(tr("Reports to:"), supervisor);
    addDetail(tr("Direct line:"), contact->directLine);
    addDetail(tr("Extension / id:"), contact->extension);
    addDetail(tr("E-mail:"), contact->email);
    // The stored key ("email") is for the file; the page speaks the user's words ("E-mail").
    const auto preferred = channelFromKey(contact->preferredChannel);
    addDetail(tr("Preferred channel:"),
              preferred ? channelLabel(*preferred) : contact->preferredChannel);
    addDetail(tr("Best time:"), contact->bestTime);
    addDetail(tr("Rules of engagement:"), contact->rulesOfEngagement);
    addDetail(tr("Notes:"), contact->notes);
    m_details->setRows(std::move(details));

    QString text = tr("Track record: <b>%1</b> %2")
                       .arg(trackVerdictLabel(record->verdict).toHtmlEscaped(),
                            trackRecordDetails(*record).toHtmlEscaped());
    if (!record->lastContact.isNull())
        text += tr(", last contact %1").arg(shortDateTime(record->lastContact));
    m_trackRecord = text + QLatin1Char('.');

    QList<TextTableModel::Row> rows;
    for (const auto &row : *entries)
        rows.append(
            {row.entry.meta.id,
             {shortDateTime(row.entry.occurredAt), channelLabel(row.entry.channel),
              row.helpfulness ? ratingLabel(RatingScale::Helpfulness, *row.helpfulness) : QString(),
              row.entry.summary, row.caseTitle},
             row.entry.caseId});
    m_history->setRows(std::move(rows));
    rows.clear();
    for (const auto &row : *commitments)
        rows.append({row.commitment.meta.id,
                     {row.commitment.what, commitmentStatusText(row.commitment.status),
                      row.commitment.dueAt.isNull() ? tr("soon") : dueText(row.commitment.due()),
                      shortDateTime(row.commitment.madeAt), row.caseTitle},
                     row.commitment.caseId});
    m_commitments->setRows(std::move(rows));
    return {};
}

} // namespace leverage::models
