#include "ui/outcomes/TroubleCostsDialog.h"

#include "ui/common/FormFields.h"
#include "ui/outcomes/MoneyFields.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace leverage::ui {

TroubleCostsDialog::TroubleCostsDialog(const QString &caseTitle,
                                       const models::TroubleCostCommand::Costs &current,
                                       const QString &defaultCurrency, const QDate &today,
                                       QWidget *parent)
    : QDialog(parent), m_defaultCurrency(defaultCurrency), m_today(today),
      m_hourly(moneyfields::amount(this, current.hourly.amountMinor, tr("Hourly value"))),
      m_hourlyCurrency(moneyfields::currency(
          this, current.hourly.isSet() ? current.hourly.currency : defaultCurrency,
          tr("Currency of the hourly value"))),
      m_costs(new QGridLayout)
{
    setObjectName(QStringLiteral("troubleCostsDialog"));
    setWindowTitle(tr("Time and Trouble Costs"));
    m_hourly->setObjectName(QStringLiteral("hourlyValue"));

    auto *form = new QFormLayout;
    auto *title = new QLabel(caseTitle, this);
    title->setTextFormat(Qt::PlainText);
    form->addRow(tr("Case:"), title);
    auto *hourly = new QHBoxLayout;
    hourly->addWidget(m_hourly);
    hourly->addWidget(m_hourlyCurrency);
    hourly->addWidget(new QLabel(tr("an hour, for every case (0: none)"), this), 1);
    form->addRow(tr("Your time is &worth:"), hourly);
    qobject_cast<QLabel *>(form->labelForField(hourly))->setBuddy(m_hourly);

    m_costs->addWidget(new QLabel(tr("Amount"), this), 0, 0);
    m_costs->addWidget(new QLabel(tr("Currency"), this), 0, 1);
    m_costs->addWidget(new QLabel(tr("On"), this), 0, 2);
    m_costs->addWidget(new QLabel(tr("What for"), this), 0, 3);
    m_costs->setColumnStretch(3, 1);
    for (const auto &cost : current.costs)
        addCostRow(cost);
    if (current.costs.isEmpty())
        addCostRow({0, m_defaultCurrency, m_today, {}});
    m_another = new QPushButton(tr("&Add Another Cost"), this);
    m_another->setObjectName(QStringLiteral("addCost"));
    m_another->setAutoDefault(false);
    connect(m_another, &QPushButton::clicked, this, [this] {
        addCostRow({0, m_defaultCurrency, m_today, {}});
        m_rows.last().amount->setFocus(Qt::TabFocusReason);
        m_rows.last().amount->selectAll(); // ready to be typed over
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What this case cost you out of pocket (postage, calls, "
                                    "travel), each in its own currency:"),
                                 this));
    layout->addLayout(m_costs);
    layout->addWidget(m_another, 0, Qt::AlignLeft);
    layout->addWidget(buttons);
    // Tab goes down the form as it reads: the hourly value, then the costs line by line.
    setTabOrder(m_hourly, m_hourlyCurrency);
    setTabOrder(m_hourlyCurrency, m_rows.first().amount);
    setTabOrder(m_rows.last().what, m_another);
    // Most visits are for a new cost: its amount first, ready to be typed over.
    m_rows.last().amount->setFocus(Qt::TabFocusReason);
    m_rows.last().amount->selectAll();
}

void TroubleCostsDialog::addCostRow(const outcomes::OutOfPocketCost &cost)
{
    const int n = int(m_rows.size()) + 1;
    auto *amount = moneyfields::amount(this, cost.amountMinor, tr("Amount of cost %1").arg(n));
    auto *currency = moneyfields::currency(this, cost.currency, tr("Currency of cost %1").arg(n));
    auto *spentOn = moneyfields::day(this, tr("Date of cost %1").arg(n));
    spentOn->setDate(cost.spentOn.isValid() ? cost.spentOn : m_today);
    auto *what = new QLineEdit(cost.what, this);
    what->setPlaceholderText(tr("postage, a call, travel…"));
    what->setAccessibleName(tr("What cost %1 was for").arg(n));
    m_costs->addWidget(amount, n, 0);
    m_costs->addWidget(currency, n, 1);
    m_costs->addWidget(spentOn, n, 2);
    m_costs->addWidget(what, n, 3);
    // Tab goes along the line, then to the next line.
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last().what, amount);
    setTabOrder(amount, currency);
    setTabOrder(currency, spentOn);
    setTabOrder(spentOn, what);
    if (m_another)
        setTabOrder(what, m_another);
    m_rows.append({amount, currency, spentOn, what});
}

models::TroubleCostCommand::Costs TroubleCostsDialog::costs() const
{
    models::TroubleCostCommand::Costs result;
    const qint64 hourly = fields::unitsToCents(m_hourly->value());
    if (hourly > 0)
        result.hourly = {hourly, moneyfields::currencyOf(m_hourlyCurrency, m_defaultCurrency)};
    for (const auto &row : m_rows) {
        const qint64 minor = fields::unitsToCents(row.amount->value());
        if (minor <= 0)
            continue;
        result.costs << outcomes::OutOfPocketCost{
            minor, moneyfields::currencyOf(row.currency, m_defaultCurrency), row.spentOn->date(),
            row.what->text().trimmed()};
    }
    return result;
}

} // namespace leverage::ui
