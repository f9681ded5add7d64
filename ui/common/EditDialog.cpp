#include "ui/common/EditDialog.h"

#include "core/util/Logging.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

// The widgets a form row holds, in the order they appear, that Tab can reach.
void collectTabStops(QLayoutItem *item, QList<QWidget *> &out)
{
    if (!item)
        return;
    if (QWidget *widget = item->widget()) {
        if (widget->focusPolicy() & Qt::TabFocus)
            out << widget;
        else if (widget->layout()) // a field made of several (a case's organizations)
            collectTabStops(widget->layout(), out);
        return;
    }
    if (QLayout *layout = item->layout())
        for (int i = 0; i < layout->count(); ++i)
            collectTabStops(layout->itemAt(i), out);
}

} // namespace

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

void EditDialog::showEvent(QShowEvent *event)
{
    // Rows are added by the subclass after this frame is made, and a field made late (the
    // currency before the amounts) would otherwise come late in the Tab order.
    if (!m_tabOrderSet) {
        m_tabOrderSet = true;
        QList<QWidget *> stops;
        for (int row = 0; row < m_form->rowCount(); ++row) {
            QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
            collectTabStops(field ? field : m_form->itemAt(row, QFormLayout::SpanningRole), stops);
        }
        for (auto *button : m_buttons->buttons())
            stops << button;
        for (int i = 1; i < stops.size(); ++i)
            QWidget::setTabOrder(stops[i - 1], stops[i]);
    }
    GuardedDialog::showEvent(event);
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
