#include "ui/calls/EndCallDialog.h"

#include "ui/common/RatingCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {
namespace {

} // namespace

EndCallDialog::EndCallDialog(const CallState &state, qint64 elapsedSeconds, qint64 holdSeconds,
                             const QList<CaseChoice> &cases, QWidget *parent)
    : QDialog(parent), m_caseId(state.caseId), m_effort(new RatingCombo(RatingScale::Effort, this)),
      m_summary(new QLineEdit(state.summary, this))
{
    setWindowTitle(tr("End call"));
    auto *form = new QFormLayout(this);
    // What is about to be filed, so the user can go back if something is missing.
    auto *filing = new QLabel(
        tr("%1 on the line, %2 of it on hold. %3 and %4 will be filed with the call.")
            .arg(CallState::stamp(elapsedSeconds), CallState::stamp(holdSeconds),
                 state.promises.size() == 1 ? tr("1 promise")
                                            : tr("%1 promises").arg(state.promises.size()),
                 state.followUps.size() == 1 ? tr("1 follow-up")
                                             : tr("%1 follow-ups").arg(state.followUps.size())),
        this);
    filing->setWordWrap(true);
    form->addRow(filing);
    if (state.caseId <= 0) {
        m_case = new QComboBox(this);
        m_case->setObjectName(QStringLiteral("case"));
        for (const auto &c : cases)
            m_case->addItem(c.title, c.id);
        form->addRow(tr("File on &case:"), m_case);
    }
    m_effort->setObjectName(QStringLiteral("effort"));
    m_effort->setRating(state.effort);
    form->addRow(tr("&Effort (how hard was it?):"), m_effort);
    if (!state.participants.isEmpty())
        form->addRow(new QLabel(tr("How helpful was each person?"), this));

    for (const auto &person : state.participants) {
        auto *box = new RatingCombo(RatingScale::Helpfulness, this);
        box->setObjectName(QStringLiteral("helpfulness%1").arg(m_helpfulness.size()));
        box->setRating(person.helpfulness);
        m_helpfulness.append(box);
        form->addRow(tr("%1:").arg(person.name), box);
    }

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("One line: what came of the call"));
    m_summary->setMinimumWidth(320);
    form->addRow(tr("&Summary:"), m_summary);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("File call"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Back to the call"));
    if (m_case && m_case->count() == 0)
        buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
    m_summary->setFocus();
}

std::optional<int> EndCallDialog::effort() const
{
    return m_effort->rating();
}

QList<std::optional<int>> EndCallDialog::helpfulness() const
{
    QList<std::optional<int>> values;
    for (const auto *box : m_helpfulness)
        values.append(box->rating());
    return values;
}

QString EndCallDialog::summary() const
{
    return m_summary->text().trimmed();
}

RowId EndCallDialog::caseId() const
{
    return m_case ? m_case->currentData().toLongLong() : m_caseId;
}

} // namespace leverage::ui
