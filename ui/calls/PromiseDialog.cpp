#include "ui/calls/PromiseDialog.h"

#include "core/calls/CallState.h"
#include "ui/common/DueFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

PromiseDialog::PromiseDialog(const QString &byWhom, const QList<QPair<QString, int>> &actors,
                             const QDateTime &now, QWidget *parent)
    : GuardedDialog(parent), m_what(new QLineEdit(this)), m_actor(new QComboBox(this)),
      m_due(new DueFields(this, now, DueFields::BusinessDayPresets))
{
    setWindowTitle(tr("Promise"));
    setDiscardQuestion(tr("Discard this promise?"));
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. file the reimbursement with claims"));
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->addItem(byWhom.isEmpty() ? tr("Whoever promised it") : byWhom, CallState::kNobody);
    for (const auto &[name, index] : actors)
        m_actor->addItem(name, index);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add promise"));
    ok->setEnabled(false);
    const auto check = [this, ok] {
        ok->setEnabled(!m_what->text().trimmed().isEmpty() && m_due->problem().isEmpty());
    };
    connect(m_what, &QLineEdit::textChanged, this, check);
    connect(m_due, &DueFields::changed, this, check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&What:"), m_what);
    form->addRow(tr("By:"), new QLabel(byWhom.isEmpty() ? tr("(nobody chosen)") : byWhom, this));
    form->addRow(tr("W&ho will act:"), m_actor);
    m_due->addRowsTo(form);
    form->addRow(buttons);
}

QString PromiseDialog::what() const
{
    return m_what->text().trimmed();
}

DueWindow PromiseDialog::due() const
{
    return m_due->due();
}

int PromiseDialog::actorIndex() const
{
    return m_actor->currentData().toInt();
}

} // namespace leverage::ui
