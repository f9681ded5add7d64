#include "ui/contacts/ContactPagePane.h"

#include "ui/common/ScrollingContent.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/ledger/TrackRecordLabel.h"
#include "core/store/ContactRepository.h"
#include "core/store/Workspace.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace leverage::app {

ContactPagePane::ContactPagePane(Workspace &workspace, QUndoStack &undoStack,
                                 models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace),
      m_personRecord(new ui::ledger::TrackRecordLabel(workspace, this)),
      m_organizationRecord(new ui::ledger::TrackRecordLabel(workspace, this)),
      m_history(new ui::ContactHistoryWidget(workspace, undoStack, reporter, this))
{
    auto *content = new QWidget(this);
    m_records = new QWidget(content);
    auto *records = new QFormLayout(m_records);
    records->setContentsMargins(0, 0, 0, 0);
    records->addRow(tr("Their promises:"), m_personRecord);
    records->addRow(tr("Their organization's:"), m_organizationRecord);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_records);
    m_records->hide();
    contentLayout->addWidget(m_history, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(ui::scrollingContent(content, this));
}

void ContactPagePane::setContactId(RowId contactId)
{
    m_records->setVisible(contactId > 0);
    m_history->setContactId(contactId);
    m_personRecord->setContact(contactId);
    RowId organizationId = 0;
    if (contactId > 0)
        if (auto contact = m_workspace.contacts().get(contactId))
            organizationId = contact->organizationId;
    m_organizationRecord->setOrganization(organizationId);
}

} // namespace leverage::app
