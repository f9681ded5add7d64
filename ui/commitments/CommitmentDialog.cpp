#include "ui/commitments/CommitmentDialog.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/Workspace.h"
#include "ui/common/DueFields.h"
#include "ui/common/FormFields.h"
#include "ui/contacts/ContactPicker.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace leverage::ui {

CommitmentDialog::CommitmentDialog(models::WorkspaceEditor &editor, const Commitment &value,
                                   QWidget *parent)
    : EditDialog(editor, parent), m_value(value)
{
    setWindowTitle(value.meta.isStored() ? tr("Edit Commitment") : tr("New Commitment"));
    setDiscardQuestion(value.meta.isStored() ? tr("Discard the changes to this commitment?")
                                             : tr("Discard this new commitment?"));
    const QDateTime now = workspace().clock().now();
    m_what = new QLineEdit(value.what, this);
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. File the reimbursement request by Friday"));
    QList<RowId> organizations;
    if (auto owner = workspace().cases().get(value.caseId); owner && owner->organizationId > 0)
        organizations << owner->organizationId;
    m_madeBy = new ContactPicker(workspace(), organizations, this);
    m_madeBy->setObjectName(QStringLiteral("madeBy"));
    m_madeBy->setPerson(value.contactId, value.madeByName);
    showError(m_madeBy->loadError());
    m_made = fields::dateTime(this);
    m_made->setDateTime(value.madeAt.isNull() ? now : value.madeAt.toLocalTime());
    m_actor = new ContactPicker(workspace(), organizations, this);
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->setPerson(value.actorId, value.actorName);
    m_due = new DueFields(this, now, DueFields::NoDate);
    m_due->setMadeAt(value.madeAt.isNull() ? Instant::fromDateTime(now) : value.madeAt);
    m_due->setDue(value.due());
    m_shownDue = m_due->due();
    m_status = new QComboBox(this);
    for (auto status : {CommitmentStatus::Pending, CommitmentStatus::Kept, CommitmentStatus::Broken,
                        CommitmentStatus::Withdrawn})
        m_status->addItem(commitmentStatusLabel(status), int(status));
    m_status->setCurrentIndex(m_status->findData(int(value.status)));
    m_statusNote = new QLineEdit(value.statusNote, this);
    m_statusNote->setPlaceholderText(tr("How you know: e.g. no refund on the statement"));

    form()->addRow(tr("&What was promised:"), m_what);
    form()->addRow(tr("&By whom:"), m_madeBy);
    form()->addRow(tr("&Made:"), m_made);
    form()->addRow(tr("W&ho will act:"), m_actor);
    m_due->addRowsTo(form());
    form()->addRow(tr("&Status:"), m_status);
    form()->addRow(tr("&Note on status:"), m_statusNote);
    m_what->setFocus();
}

Commitment CommitmentDialog::collect() const
{
    Commitment value = m_value;
    value.what = m_what->text().trimmed();
    value.contactId = m_madeBy->contactId();
    value.madeByName = m_madeBy->personName();
    if (m_value.madeAt.isNull() || m_made->dateTime() != m_value.madeAt.toLocalTime())
        value.madeAt = Instant::fromDateTime(m_made->dateTime());
    // "Within N hours" counts from when it was made, as now entered.
    m_due->setMadeAt(value.madeAt);
    // An unchanged due is kept as stored (its recorded offset too).
    if (const DueWindow due = m_due->due(); due != m_shownDue)
        value.setDue(due);
    value.actorId = m_actor->contactId();
    value.actorName = m_actor->personName();
    value.status = CommitmentStatus(m_status->currentData().toInt());
    value.statusNote = m_statusNote->text().trimmed();
    // When the outcome changes, that moment is part of the record.
    if (value.status != m_value.status || value.statusChangedAt.isNull())
        value.statusChangedAt = Instant::fromDateTime(workspace().clock().now());
    return value;
}

QString CommitmentDialog::validate() const
{
    if (m_what->text().trimmed().isEmpty())
        return tr("Say what was promised, in their words if you can.");
    if (const QString problem = m_due->problem(); !problem.isEmpty())
        return problem;
    const DueWindow due = m_due->due();
    if (!due.isNull() && due.until.toDateTime() < m_made->dateTime())
        return tr("The due date is before the promise was made. Correct one of them.");
    return {};
}

Result<ItemRef> CommitmentDialog::save()
{
    Commitment value = collect();
    const Status status =
        value.meta.isStored() ? editor().updateCommitment(value) : editor().addCommitment(value);
    if (!status)
        return status.error();
    m_value = value;
    return ItemRef{ItemRef::Kind::Commitment, value.meta.id};
}

} // namespace leverage::ui
