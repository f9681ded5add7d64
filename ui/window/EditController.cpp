#include "ui/window/EditController.h"

#include "core/services/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CommitmentRepository.h"
#include "core/store/ContactRepository.h"
#include "core/store/OrganizationRepository.h"
#include "core/store/TimelineRepository.h"
#include "core/store/Workspace.h"
#include "core/util/Logging.h"
#include "ui/cases/CaseDialog.h"
#include "ui/commitments/CommitmentDialog.h"
#include "ui/contacts/ContactDialog.h"
#include "ui/contacts/OrganizationDialog.h"
#include "ui/models/undo/WorkspaceEditor.h"
#include "ui/timeline/EntryDialog.h"

#include <QMessageBox>

namespace leverage::ui {

EditController::EditController(models::WorkspaceEditor &editor, QWidget *dialogParent,
                               QObject *parent)
    : QObject(parent), m_editor(editor), m_dialogParent(dialogParent)
{
    m_confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(m_dialogParent, title, question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
}

EditDialog *EditController::present(EditDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditDialog::saved, this, &EditController::saved);
    dialog->open();
    return dialog;
}

EditDialog *EditController::newCase(RowId organizationId)
{
    Case value;
    value.organizationId = organizationId;
    value.openedAt = Instant::fromDateTime(m_editor.workspace().clock().now());
    return present(new CaseDialog(m_editor, value, m_dialogParent));
}

EditDialog *EditController::newOrganization()
{
    return present(new OrganizationDialog(m_editor, Organization{}, m_dialogParent));
}

EditDialog *EditController::newContact(RowId organizationId)
{
    Contact value;
    value.organizationId = organizationId;
    return present(new ContactDialog(m_editor, value, m_dialogParent));
}

EditDialog *EditController::newEntry(RowId caseId)
{
    if (caseId <= 0)
        return nullptr;
    TimelineEntry value;
    value.caseId = caseId;
    return present(new EntryDialog(m_editor, value, m_dialogParent));
}

EditDialog *EditController::newCommitment(RowId caseId)
{
    if (caseId <= 0)
        return nullptr;
    Commitment value;
    value.caseId = caseId;
    return present(new CommitmentDialog(m_editor, value, m_dialogParent));
}

EditDialog *EditController::edit(const ItemRef &item)
{
    Workspace &workspace = m_editor.workspace();
    auto openWith = [this](auto result, auto makeDialog) -> EditDialog * {
        if (!result) {
            Q_EMIT failed(result.message());
            return nullptr;
        }
        return present(makeDialog(*result));
    };
    switch (item.kind) {
    case ItemRef::Kind::Case:
        return openWith(workspace.cases().get(item.id), [this](const Case &value) {
            return new CaseDialog(m_editor, value, m_dialogParent);
        });
    case ItemRef::Kind::Organization:
        return openWith(workspace.organizations().get(item.id), [this](const Organization &value) {
            return new OrganizationDialog(m_editor, value, m_dialogParent);
        });
    case ItemRef::Kind::Contact:
        return openWith(workspace.contacts().get(item.id), [this](const Contact &value) {
            return new ContactDialog(m_editor, value, m_dialogParent);
        });
    case ItemRef::Kind::Entry:
        return openWith(workspace.timeline().get(item.id), [this](const TimelineEntry &value) {
            return new EntryDialog(m_editor, value, m_dialogParent);
        });
    case ItemRef::Kind::Commitment:
        return openWith(workspace.commitments().get(item.id), [this](const Commitment &value) {
            return new CommitmentDialog(m_editor, value, m_dialogParent);
        });
    case ItemRef::Kind::None:
        break;
    }
    return nullptr;
}

QString EditController::describe(const ItemRef &item) const
{
    Workspace &workspace = m_editor.workspace();
    switch (item.kind) {
    case ItemRef::Kind::Case:
        if (auto value = workspace.cases().get(item.id))
            return tr("the case “%1”").arg(value->title);
        return tr("this case");
    case ItemRef::Kind::Organization:
        if (auto value = workspace.organizations().get(item.id))
            return tr("the organization “%1”").arg(value->name);
        return tr("this organization");
    case ItemRef::Kind::Contact:
        if (auto value = workspace.contacts().get(item.id))
            return tr("the contact “%1”").arg(value->name);
        return tr("this contact");
    default:
        return {};
    }
}

bool EditController::remove(const ItemRef &item)
{
    if (!item.isValid())
        return false;
    // Only cases, organizations and contacts take other rows with them; ask about those.
    Result<RemovalImpact> impact = RemovalImpact{};
    if (item.kind == ItemRef::Kind::Case)
        impact = m_editor.caseRemovalImpact(item.id);
    else if (item.kind == ItemRef::Kind::Organization)
        impact = m_editor.organizationRemovalImpact(item.id);
    else if (item.kind == ItemRef::Kind::Contact)
        impact = m_editor.contactRemovalImpact(item.id);
    if (!impact) {
        Q_EMIT failed(impact.message());
        return false;
    }
    if (!impact->isEmpty()) {
        const QString question = tr("Delete %1? %2\n\nYou can undo this with Edit → Undo.")
                                     .arg(describe(item), impact->describe());
        if (!m_confirm(tr("Delete"), question))
            return false;
    }
    Status status;
    switch (item.kind) {
    case ItemRef::Kind::Case:
        status = m_editor.removeCase(item.id);
        break;
    case ItemRef::Kind::Organization:
        status = m_editor.removeOrganization(item.id);
        break;
    case ItemRef::Kind::Contact:
        status = m_editor.removeContact(item.id);
        break;
    case ItemRef::Kind::Entry:
        status = m_editor.removeEntry(item.id);
        break;
    case ItemRef::Kind::Commitment:
        status = m_editor.removeCommitment(item.id);
        break;
    case ItemRef::Kind::None:
        return false;
    }
    if (!status) {
        logging::get("ui")->warn("removal of a kind-{} item {} failed", int(item.kind), item.id);
        Q_EMIT failed(status.message());
        return false;
    }
    return true;
}

} // namespace leverage::ui
