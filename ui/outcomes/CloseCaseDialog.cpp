#include "ui/outcomes/CloseCaseDialog.h"

#include "ui/common/FormFields.h"
#include "ui/outcomes/MoneyFields.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace leverage::ui {

using outcomes::CaseOutcome;
using outcomes::OutcomeItem;
using outcomes::OutcomeItemKind;

CloseCaseDialog::CloseCaseDialog(const models::CaseOutcomeChoices &setup, const QDateTime &now,
                                 QWidget *parent)
    : QDialog(parent), m_defaultCurrency(setup.currency), m_today(now.date()),
      m_outcome(new QComboBox(this)), m_closedAt(fields::dateTime(this)),
      m_step(choiceCombo(setup.steps, setup.current ? setup.current->resolvedByStepId : 0, this)),
      m_contact(choiceCombo(setup.contacts, setup.current ? setup.current->resolvedByContactId : 0,
                            this)),
      m_letter(
          choiceCombo(setup.letters, setup.current ? setup.current->resolvedByLetterId : 0, this)),
      m_items(new QGridLayout), m_note(fields::shortText(this, 2))
{
    setObjectName(QStringLiteral("closeCaseDialog"));
    setWindowTitle(tr("Close Case with Outcome"));
    for (const auto outcome : outcomes::allOutcomes())
        m_outcome->addItem(outcomes::outcomeLabel(outcome), int(outcome));
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_closedAt->setDateTime(now);
    if (setup.current) {
        m_outcome->setCurrentIndex(m_outcome->findData(int(setup.current->outcome)));
        m_note->setPlainText(setup.current->note);
    }

    auto *form = new QFormLayout;
    auto *title = new QLabel(setup.caseTitle, this);
    title->setTextFormat(Qt::PlainText); // a title with quotes or < stays as typed
    form->addRow(tr("Case:"), title);
    if (!setup.soughtText.isEmpty())
        form->addRow(tr("Sought:"), new QLabel(setup.soughtText, this));
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Date closed:"), m_closedAt);

    // The items: a header line, then one row per item.
    m_items->addWidget(new QLabel(tr("Received"), this), 0, 0);
    m_items->addWidget(new QLabel(tr("Amount"), this), 0, 1);
    m_items->addWidget(new QLabel(tr("Currency"), this), 0, 2);
    m_items->addWidget(new QLabel(tr("On"), this), 0, 3);
    if (setup.current && !setup.current->items.isEmpty())
        for (const auto &item : setup.current->items)
            addItemRow(item);
    else
        addItemRow({OutcomeItemKind::Refund, 0, m_defaultCurrency, m_today, {}});
    m_another = new QPushButton(tr("&Add Another Item"), this);
    m_another->setObjectName(QStringLiteral("addItem"));
    m_another->setAutoDefault(false);
    connect(m_another, &QPushButton::clicked, this, [this] {
        addItemRow({OutcomeItemKind::Refund, 0, m_defaultCurrency, m_today, {}});
        m_rows.last().kind->setFocus();
    });

    auto *resolved = new QFormLayout;
    resolved->addRow(tr("Resolved at &level:"), m_step);
    resolved->addRow(tr("Resolved &by:"), m_contact);
    resolved->addRow(tr("After the le&tter:"), m_letter);
    resolved->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Clos&e Case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(
        new QLabel(tr("What the company gave (each item in its own currency):"), this));
    layout->addLayout(m_items);
    layout->addWidget(m_another, 0, Qt::AlignLeft);
    layout->addLayout(resolved);
    layout->addWidget(buttons);
    // Tab goes down the form as it reads: how it ended, the items, then what resolved it.
    setTabOrder(m_outcome, m_closedAt);
    setTabOrder(m_closedAt, m_rows.first().kind);
    setTabOrder(m_rows.last().received, m_another);
    setTabOrder(m_another, m_step);
    setTabOrder(m_step, m_contact);
    setTabOrder(m_contact, m_letter);
    setTabOrder(m_letter, m_note);
    m_outcome->setFocus();
}

QComboBox *CloseCaseDialog::choiceCombo(const Choices &choices, RowId current, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(not named)"), qint64(0));
    for (const auto &[id, text] : choices)
        combo->addItem(text, id);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
    return combo;
}

void CloseCaseDialog::addItemRow(const OutcomeItem &item)
{
    const int n = int(m_rows.size()) + 1; // its row in the grid, under the header
    auto *kind = new QComboBox(this);
    for (const auto value : outcomes::allOutcomeItemKinds())
        kind->addItem(outcomes::outcomeItemKindLabel(value), int(value));
    kind->setCurrentIndex(kind->findData(int(item.kind)));
    kind->setAccessibleName(tr("Kind of item %1").arg(n));
    auto *amount = moneyfields::amount(this, item.amountMinor, tr("Amount of item %1").arg(n));
    auto *currency = moneyfields::currency(this, item.currency, tr("Currency of item %1").arg(n));
    auto *received = moneyfields::day(this, tr("Date item %1 was received").arg(n));
    received->setDate(item.receivedOn.isValid() ? item.receivedOn : m_today);
    m_items->addWidget(kind, n, 0);
    m_items->addWidget(amount, n, 1);
    m_items->addWidget(currency, n, 2);
    m_items->addWidget(received, n, 3);
    // Tab goes along the row, then to the next row (a row added later would otherwise come
    // after the last field of the form).
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last().received, kind);
    setTabOrder(kind, amount);
    setTabOrder(amount, currency);
    setTabOrder(currency, received);
    if (m_another)
        setTabOrder(received, m_another);
    m_rows.append({kind, amount, currency, received});
}

CaseOutcome CloseCaseDialog::outcome() const
{
    CaseOutcome record;
    record.outcome = outcomes::Outcome(m_outcome->currentData().toInt());
    record.closedAt = Instant::fromDateTime(m_closedAt->dateTime());
    record.resolvedByStepId = m_step->currentData().toLongLong();
    record.resolvedByContactId = m_contact->currentData().toLongLong();
    record.resolvedByLetterId = m_letter->currentData().toLongLong();
    record.note = m_note->toPlainText().trimmed();
    for (const auto &row : m_rows) {
        const qint64 cents = fields::unitsToCents(row.amount->value());
        if (cents <= 0)
            continue;
        record.items << OutcomeItem{OutcomeItemKind(row.kind->currentData().toInt()),
                                    cents,
                                    moneyfields::currencyOf(row.currency, m_defaultCurrency),
                                    row.received->date(),
                                    {}};
    }
    return record;
}

} // namespace leverage::ui
