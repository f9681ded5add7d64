#include "ui/contacts/ContactPagePane.h"

#include "ui/common/ScrollingContent.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/ledger/TrackRecordLabel.h"
#include "ui/models/contacts/ContactPageModel.h"
#include "ui/models/ledger/TrackRecordModel.h"

#include <QFormLayout>
#include <QVBoxLayout>

namespace leverage::ui {

using models::TrackRecordModel;

ContactPagePane::ContactPagePane(Workspace &workspace, QUndoStack &undoStack,
                                 models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_trackRecords(new TrackRecordModel(workspace, this)),
      m_personRecord(new ui::TrackRecordLabel(this)),
      m_organizationRecord(new ui::TrackRecordLabel(this)),
      m_history(new ui::ContactHistoryWidget(workspace, undoStack, reporter, this))
{
    m_trackRecords->setErrorReporter(&reporter);
    m_personRecord->setModel(m_trackRecords, TrackRecordModel::Person);
    m_organizationRecord->setModel(m_trackRecords, TrackRecordModel::Organization);
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
    // The page knows the contact's organization, and reads it again when it changes.
    connect(m_history->page(), &models::ContactPageModel::refreshed, this,
            &ContactPagePane::followPage);
}

void ContactPagePane::setContactId(RowId contactId)
{
    m_history->setContactId(contactId); // refreshes the page, which the records follow
}

void ContactPagePane::followPage()
{
    const auto *page = m_history->page();
    m_records->setVisible(page->hasContact());
    const RowId contactId = page->hasContact() ? page->contactId() : 0;
    if (contactId != m_trackRecords->subject(TrackRecordModel::Person) ||
        page->organizationId() != m_trackRecords->subject(TrackRecordModel::Organization))
        m_trackRecords->setSubjects(contactId, page->organizationId());
}

} // namespace leverage::ui
