#include "ui/ledger/TrackRecordLabel.h"

#include "core/store/LedgerRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"

namespace leverage::ui::ledger {

TrackRecordLabel::TrackRecordLabel(Workspace &workspace, QWidget *parent)
    : QLabel(parent), m_workspace(workspace)
{
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (auto signal : {&Workspace::commitmentAdded, &Workspace::commitmentChanged,
                        &Workspace::commitmentRemoved})
        connect(&workspace, signal, this, &TrackRecordLabel::refresh);
    for (auto signal : {&Workspace::contactChanged, &Workspace::organizationChanged})
        connect(&workspace, signal, this, &TrackRecordLabel::refresh);
    connect(&workspace, &Workspace::bulkChange, this, &TrackRecordLabel::refresh);
    refresh();
}

void TrackRecordLabel::setContact(RowId contactId)
{
    m_subject = contactId > 0 ? Subject::Contact : Subject::None;
    m_id = contactId;
    refresh();
}

void TrackRecordLabel::setOrganization(RowId organizationId)
{
    m_subject = organizationId > 0 ? Subject::Organization : Subject::None;
    m_id = organizationId;
    refresh();
}

void TrackRecordLabel::clearSubject()
{
    m_subject = Subject::None;
    m_id = 0;
    refresh();
}

void TrackRecordLabel::refresh()
{
    if (m_subject == Subject::None) {
        setText(QString());
        return;
    }
    LedgerRepository ledger(m_workspace);
    QString name;
    Result<TrackRecord> record = TrackRecord{};
    if (m_subject == Subject::Contact) {
        if (auto contact = m_workspace.contacts().get(m_id))
            name = contact->name;
        record = ledger.forContact(m_id);
    } else {
        if (auto organization = m_workspace.organizations().get(m_id))
            name = organization->name;
        record = ledger.forOrganization(m_id);
    }
    if (!record) {
        setText(tr("%1: the track record could not be read.").arg(name));
        return;
    }
    setText(name.isEmpty() ? record->summary() : tr("%1 — %2").arg(name, record->summary()));
}

} // namespace leverage::ui::ledger
