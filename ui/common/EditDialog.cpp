#include "ui/common/EditDialog.h"

#include "ui/models/undo/WorkspaceEditor.h"
#include "core/util/Logging.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {

EditDialog::EditDialog(models::WorkspaceEditor &editor, QWidget *parent)
    : GuardedDialog(parent), m_editor(editor), m_form(new QFormLayout), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The sentence carries the meaning; the colour only draws the eye.
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #a61b1b; font-weight: bold; }"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
}

EditDialog::~EditDialog() = default;

Workspace &EditDialog::workspace() const
{
    return m_editor.workspace();
}

QString EditDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void EditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void EditDialog::accept()
{
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    auto result = save();
    if (!result) {
        logging::get("ui")->info("a form's save was refused (code {})", int(result.code()));
        showError(result.message());
        return;
    }
    showError({});
    Q_EMIT saved(*result);
    QDialog::accept();
}

} // namespace leverage::ui
