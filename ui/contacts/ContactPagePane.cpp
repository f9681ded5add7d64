#include "ui/contacts/ContactPagePane.h"

#include "ui/common/EmptyStateWidget.h"
#include "ui/common/ScrollingContent.h"
#include "ui/contacts/ContactHistoryWidget.h"
#include "ui/ledger/TrackRecordLabel.h"
#include "ui/models/contacts/ContactPageModel.h"
#include "ui/models/ledger/TrackRecordModel.h"

#include <QFormLayout>
#include <QStackedWidget>
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
    // With nobody chosen, say how to choose someone instead of showing empty tables.
    m_empty = new EmptyStateWidget(
        tr("No person chosen"),
        tr("Select a person in Contacts (Ctrl+3) or Gateways (Ctrl+8) to see their details, "
           "their track record and every contact with them across your cases."),
        this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(ui::scrollingContent(content, tr("Contact page"), this));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // The page knows the contact's organization, and reads it again when it changes.
    connect(m_history->page(), &models::ContactPageModel::refreshed, this,
            &ContactPagePane::followPage);
    followPage();
}

void ContactPagePane::setContactId(RowId contactId)
{
    m_history->setContactId(contactId); // refreshes the page, which the records follow
}

void ContactPagePane::followPage()
{
    const auto *page = m_history->page();
    m_records->setVisible(page->hasContact());
    // A page that could not be read keeps its content: the history widget says why there.
    m_stack->setCurrentIndex(page->hasContact() || page->loadFailed() ? 1 : 0);
    const RowId contactId = page->hasContact() ? page->contactId() : 0;
    if (contactId != m_trackRecords->subject(TrackRecordModel::Person) ||
        page->organizationId() != m_trackRecords->subject(TrackRecordModel::Organization))
        m_trackRecords->setSubjects(contactId, page->organizationId());
}

} // namespace leverage::ui
