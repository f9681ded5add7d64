#include "ui/calls/FollowUpDialog.h"

#include "core/calls/CallState.h"
#include "ui/common/DueFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

FollowUpDialog::FollowUpDialog(const QList<QPair<QString, int>> &people, const QDateTime &now,
                               QWidget *parent)
    : GuardedDialog(parent), m_what(new QLineEdit(this)), m_actor(new QComboBox(this)),
      m_promised(new QCheckBox(tr("They &promised it: count it as their commitment"), this)),
      m_due(new DueFields(this, now, DueFields::None))
{
    setWindowTitle(tr("Follow-up"));
    setDiscardQuestion(tr("Discard this follow-up?"));
    m_what->setObjectName(QStringLiteral("what"));
    m_what->setPlaceholderText(tr("e.g. supervisor calls back between 2 and 4 pm"));
    m_actor->setObjectName(QStringLiteral("actor"));
    m_actor->addItem(tr("Me"), CallState::kNobody);
    for (const auto &[name, index] : people)
        m_actor->addItem(name, index);
    m_promised->setObjectName(QStringLiteral("promised"));
    m_promised->setChecked(true);
    m_promised->setEnabled(false);
    // Someone else acting is their promise by default; the user may keep it as their own.
    connect(m_actor, &QComboBox::currentIndexChanged, this,
            [this] { m_promised->setEnabled(actorIndex() != CallState::kNobody); });
    // The usual callback: a time on the next business day.
    m_due->formCombo()->setCurrentIndex(m_due->formCombo()->findText(tr("At a time")));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add follow-up"));
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
    form->addRow(tr("W&ho will act:"), m_actor);
    form->addRow(QString(), m_promised);
    m_due->addRowsTo(form);
    form->addRow(buttons);
}

QString FollowUpDialog::what() const
{
    return m_what->text().trimmed();
}

DueWindow FollowUpDialog::due() const
{
    return m_due->due();
}

int FollowUpDialog::actorIndex() const
{
    return m_actor->currentData().toInt();
}

bool FollowUpDialog::isCommitment() const
{
    return actorIndex() != CallState::kNobody && m_promised->isChecked();
}

} // namespace leverage::ui
