#pragma once

#include "ui/common/ItemRef.h"

#include <QObject>
#include <functional>

class QWidget;

namespace leverage::models {
class WorkspaceEditor;
}

namespace leverage::ui {

class EditDialog;

// Opens the create/edit forms and carries out deletions for the window's actions, so the
// window only decides *what* is current. Forms open window-modal without a nested event loop
// (a test finds the open form with dialogParent->findChild<CaseDialog *>()).
class EditController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditController)

public:
    // Asked before a removal that takes children with it; returns whether to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &question)>;

    EditController(models::WorkspaceEditor &editor, QWidget *dialogParent,
                   QObject *parent = nullptr);

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The organization chosen in the Contacts pane, if any, is preselected.
    EditDialog *newCase(RowId organizationId = 0);
    EditDialog *newOrganization();
    EditDialog *newContact(RowId organizationId);
    EditDialog *newEntry(RowId caseId);
    EditDialog *newCommitment(RowId caseId);
    // Opens the form for an existing item; nullptr (and failed) when it cannot be read.
    EditDialog *edit(const ItemRef &item);
    // Removes the item (one undoable step), asking first when children would go with it.
    bool remove(const ItemRef &item);

Q_SIGNALS:
    void saved(const leverage::ui::ItemRef &item);
    // A read or a removal failed; the message is a sentence for the user.
    void failed(const QString &message);

private:
    EditDialog *present(EditDialog *dialog);
    QString describe(const ItemRef &item) const;

    models::WorkspaceEditor &m_editor;
    QWidget *m_dialogParent;
    Confirm m_confirm;
};

} // namespace leverage::ui
