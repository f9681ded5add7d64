#pragma once

#include "core/util/Result.h"
#include "ui/common/GuardedDialog.h"
#include "ui/common/ItemRef.h"

class QDialogButtonBox;
class QFormLayout;
class QLabel;

namespace leverage {
class Workspace;
}
namespace leverage::models {
class WorkspaceEditor;
}

namespace leverage::ui {

// The frame every create/edit form shares: fields in a form layout, an error line, OK and
// Cancel. OK first checks the fields (validate), then saves through the WorkspaceEditor (one
// undoable step); if either fails the sentence is shown in the form and nothing is lost.
// Esc or Cancel on a form with typed changes asks first (GuardedDialog).
class EditDialog : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditDialog)

public:
    ~EditDialog() override;

    void accept() override;
    // The message shown after a refused OK, empty when none.
    QString errorText() const;

Q_SIGNALS:
    void saved(const leverage::ui::ItemRef &item);

protected:
    EditDialog(models::WorkspaceEditor &editor, QWidget *parent);

    // Checks the fields; returns a sentence saying what to fix, or an empty string.
    virtual QString validate() const { return {}; }
    // Saves through the editor and returns what was saved.
    virtual Result<ItemRef> save() = 0;

    QFormLayout *form() const { return m_form; }
    models::WorkspaceEditor &editor() const { return m_editor; }
    Workspace &workspace() const;
    void showError(const QString &message);
    // Tab goes down the form's rows in the order shown, then to OK and Cancel.
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    models::WorkspaceEditor &m_editor;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_tabOrderSet = false;
    QList<QWidget *> m_tabStops; // the fields in reading order, then the buttons
};

} // namespace leverage::ui
