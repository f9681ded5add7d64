#include "ui/contacts/ContactHistoryWidget.h"

#include "core/contacts/ContactHistory.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/Workspace.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/common/LocalTimeText.h"
#include "ui/models/contacts/commands/ToggleGatewayCommand.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QTreeWidget *makeTree(const QStringList &headers, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setHeaderLabels(headers);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

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

ContactHistoryWidget::ContactHistoryWidget(Workspace &workspace, QUndoStack &undoStack,
                                           models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undo(undoStack, reporter)
{
    setObjectName(QStringLiteral("ContactHistoryWidget"));
    buildLayout();
    connect(&workspace, &Workspace::contactChanged, this, [this](RowId id) {
        if (id == m_contactId)
            scheduleRefresh();
    });
    connect(&workspace, &Workspace::contactRemoved, this, [this](RowId id) {
        if (id == m_contactId)
            setContactId(0);
    });
    for (auto signal : {&Workspace::entryAdded, &Workspace::entryChanged, &Workspace::entryRemoved,
                        &Workspace::commitmentAdded, &Workspace::commitmentChanged,
                        &Workspace::commitmentRemoved})
        connect(&workspace, signal, this, &ContactHistoryWidget::scheduleRefresh);
    connect(&workspace, &Workspace::bulkChange, this, &ContactHistoryWidget::scheduleRefresh);
    refresh();
}

void ContactHistoryWidget::buildLayout()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_gatewayButton = new QPushButton(this);
    m_gatewayButton->setCheckable(true);
    connect(m_gatewayButton, &QPushButton::clicked, this, [this](bool checked) {
        if (m_contactId > 0)
            if (auto status = m_undo.push(std::make_unique<models::ToggleGatewayCommand>(
                    m_workspace, m_contactId, checked));
                !status)
                m_undo.reporter().reportError(status.message());
        refresh();
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_gatewayButton);

    m_details = new QFormLayout;
    m_trackRecord = new QLabel(this);
    m_trackRecord->setWordWrap(true);

    m_history =
        makeTree({tr("When"), tr("Channel"), tr("Helpfulness"), tr("Summary"), tr("Case")}, this);
    m_history->setObjectName(QStringLiteral("historyTree"));
    m_history->setAccessibleName(tr("History across cases"));
    m_commitments = makeTree({tr("What"), tr("Status"), tr("Due"), tr("Made"), tr("Case")}, this);
    m_commitments->setObjectName(QStringLiteral("commitmentsTree"));
    m_commitments->setAccessibleName(tr("Commitments"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(m_details);
    layout->addWidget(m_trackRecord);
    layout->addWidget(new QLabel(tr("<b>History across cases</b>"), this));
    layout->addWidget(m_history, 2);
    layout->addWidget(new QLabel(tr("<b>Commitments</b>"), this));
    layout->addWidget(m_commitments, 1);
}

QString ContactHistoryWidget::trackRecordText() const
{
    return m_trackRecord->text();
}

void ContactHistoryWidget::setContactId(RowId contactId)
{
    m_contactId = contactId;
    refresh();
}

void ContactHistoryWidget::scheduleRefresh()
{
    if (m_refreshPending || m_contactId <= 0)
        return;
    m_refreshPending = true;
    QTimer::singleShot(0, this, &ContactHistoryWidget::refresh);
}

void ContactHistoryWidget::refresh()
{
    m_refreshPending = false;
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    m_history->clear();
    m_commitments->clear();
    auto contact = m_contactId > 0 ? m_workspace.contacts().get(m_contactId)
                                   : Result<Contact>(Error{Error::Code::NotFound, {}});
    setEnabled(contact.isOk());
    if (!contact) {
        m_title->setText(tr("No contact selected"));
        m_trackRecord->clear();
        m_gatewayButton->setText(tr("☆ Gateway"));
        m_gatewayButton->setChecked(false);
        return;
    }
    m_title->setText(contact->name);
    m_gatewayButton->setChecked(contact->isGateway);
    m_gatewayButton->setText(contact->isGateway ? tr("★ Gateway") : tr("☆ Gateway"));

    auto addDetail = [this](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty())
            return;
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_details->addRow(label, field);
    };
    QString organization;
    if (contact->organizationId > 0)
        if (auto found = m_workspace.organizations().get(contact->organizationId))
            organization = found->name;
    QString supervisor;
    if (contact->supervisorId > 0)
        if (auto found = m_workspace.contacts().get(contact->supervisorId))
            supervisor = found->name;
    addDetail(tr("Position:"), contact->position);
    addDetail(tr("Department:"), contact->department);
    addDetail(tr("Organization:"), organization);
    addDetail(tr("Reports to:"), supervisor);
    addDetail(tr("Direct line:"), contact->directLine);
    addDetail(tr("Extension / id:"), contact->extension);
    addDetail(tr("E-mail:"), contact->email);
    addDetail(tr("Preferred channel:"), contact->preferredChannel);
    addDetail(tr("Best time:"), contact->bestTime);
    addDetail(tr("Rules of engagement:"), contact->rulesOfEngagement);
    addDetail(tr("Notes:"), contact->notes);

    ContactHistory history(m_workspace);
    if (auto record = history.record(m_contactId)) {
        QString text = tr("Track record: <b>%1</b> — involved %2")
                           .arg(trackVerdictLabel(record->verdict).toHtmlEscaped(),
                                involvementSummary(*record));
        if (record->averageHelpfulness)
            text += tr(", helpfulness %1 of 5 on average")
                        .arg(QLocale().toString(*record->averageHelpfulness, 'f', 1));
        if (!record->lastContact.isNull())
            text += tr(", last contact %1").arg(models::shortDateTime(record->lastContact));
        m_trackRecord->setText(text + QLatin1Char('.'));
    }
    if (auto entries = history.entries(m_contactId)) {
        for (const auto &row : *entries) {
            auto *item = new QTreeWidgetItem(m_history);
            item->setText(0, models::shortDateTime(row.entry.occurredAt));
            item->setText(1, channelLabel(row.entry.channel));
            item->setText(2, row.helpfulness ? tr("%1 of 5").arg(*row.helpfulness) : QString());
            item->setText(3, row.entry.summary);
            item->setText(4, row.caseTitle);
            item->setData(0, Qt::UserRole + 1, row.entry.meta.id);
        }
    }
    if (auto commitments = history.commitments(m_contactId)) {
        for (const auto &row : *commitments) {
            auto *item = new QTreeWidgetItem(m_commitments);
            item->setText(0, row.commitment.what);
            item->setText(1, commitmentStatusText(row.commitment.status));
            item->setText(2, row.commitment.dueAt.isNull()
                                 ? tr("soon")
                                 : models::shortDateTime(row.commitment.dueAt));
            item->setText(3, models::shortDateTime(row.commitment.madeAt));
            item->setText(4, row.caseTitle);
            item->setData(0, Qt::UserRole + 1, row.commitment.meta.id);
        }
    }
    for (auto *tree : {m_history, m_commitments})
        for (int column = 0; column + 1 < tree->columnCount(); ++column) {
            tree->resizeColumnToContents(column);
            // A long summary or promise must not push the status out of sight.
            tree->setColumnWidth(column, qMin(tree->columnWidth(column), 340));
        }
}

} // namespace leverage::ui
