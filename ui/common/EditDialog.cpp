#include "ui/common/EditDialog.h"

#include "core/util/Logging.h"
#include "ui/models/undo/WorkspaceEditor.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

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
        for (int row = 0; row < m_form->rowCount(); ++row) {
            QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
            collectTabStops(field ? field : m_form->itemAt(row, QFormLayout::SpanningRole),
                            m_tabStops);
        }
        for (auto *button : m_buttons->buttons())
            m_tabStops << button;
    }
    GuardedDialog::showEvent(event);
}

bool EditDialog::focusNextPrevChild(bool next)
{
    // The ring of fields and buttons in reading order, kept here rather than in Qt's focus
    // chain: the button box reorders its buttons in that chain when it lays them out, and
    // Tab then went OK, Cancel, OK … and never back to the fields.
    QWidget *focus = QApplication::focusWidget();
    const auto holds = [focus](QWidget *stop) {
        return focus && (stop == focus || stop->isAncestorOf(focus));
    };
    const auto at = std::find_if(m_tabStops.cbegin(), m_tabStops.cend(), holds);
    if (at == m_tabStops.cend())
        return GuardedDialog::focusNextPrevChild(next);
    const auto count = m_tabStops.size();
    auto index = std::distance(m_tabStops.cbegin(), at);
    for (qsizetype step = 0; step < count; ++step) {
        index = (index + (next ? 1 : count - 1)) % count;
        QWidget *stop = m_tabStops.at(index);
        if (stop->isVisibleTo(this) && stop->isEnabled()) {
            stop->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return GuardedDialog::focusNextPrevChild(next);
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
