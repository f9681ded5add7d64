#include "ui/clocks/ClockRuleDialog.h"

#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockVocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

using clocks::ClockOffset;
using clocks::ClockRule;
using clocks::ClockVocabulary;

void fill(QComboBox *combo, const QList<ClockVocabulary::Term> &terms, const QString &current)
{
    for (const auto &term : terms)
        combo->addItem(term.label, term.key);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

QString isoDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

void fillUnits(QComboBox *combo, ClockOffset::Unit current)
{
    for (auto unit :
         {ClockOffset::Unit::Days, ClockOffset::Unit::BusinessDays, ClockOffset::Unit::Weeks,
          ClockOffset::Unit::Months, ClockOffset::Unit::Years, ClockOffset::Unit::BillingCycles})
        combo->addItem(ClockOffset{2, unit}.text().mid(2), int(unit));
    combo->setCurrentIndex(combo->findData(int(current)));
}

// What the form keeps but does not show.
QString combinations(const ClockRule &rule)
{
    QStringList parts;
    for (const auto &variant : rule.variants)
        parts << QObject::tr("%1 when: %2")
                     .arg(variant.offset.text(), ClockVocabulary::eventLabel(variant.when));
    for (const auto &extension : rule.extensions)
        parts << QObject::tr("+%1 when: %2")
                     .arg(extension.add.text(), ClockVocabulary::eventLabel(extension.when));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ClockRuleDialog::ClockRuleDialog(ClockRule rule, bool idEditable,
                                 const QList<QPair<QString, QString>> &chainable, QWidget *parent)
    : QDialog(parent), m_rule(std::move(rule)), m_id(new QLineEdit(m_rule.id, this)),
      m_title(new QLineEdit(m_rule.title, this)),
      m_countries(new QLineEdit(m_rule.countries.join(QStringLiteral(", ")), this)),
      m_region(new QLineEdit(m_rule.region, this)), m_sectors(new QListWidget(this)),
      m_route(new QComboBox(this)), m_body(new QLineEdit(m_rule.body, this)),
      m_basis(new QLineEdit(m_rule.legalBasis, this)),
      m_source(new QLineEdit(m_rule.sourceUrl, this)), m_confidence(new QComboBox(this)),
      m_note(new QLineEdit(m_rule.note, this)),
      m_from(new QLineEdit(isoDate(m_rule.effectiveFrom), this)),
      m_to(new QLineEdit(isoDate(m_rule.effectiveTo), this)), m_trigger(new QComboBox(this)),
      m_dateBasis(new QComboBox(this)), m_amount(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_endsEarly(new QComboBox(this)),
      m_capped(new QCheckBox(tr("at most"), this)), m_capAmount(new QSpinBox(this)),
      m_capUnit(new QComboBox(this)), m_after(new QListWidget(this)),
      m_effect(new QLineEdit(m_rule.effect, this)), m_error(new QLabel(this))
{
    setWindowTitle(idEditable ? tr("Clock Rule") : tr("Clock Rule (shipped)"));
    setObjectName(QStringLiteral("clockRuleDialog"));
    m_id->setObjectName(QStringLiteral("ruleId"));
    m_id->setReadOnly(!idEditable);
    m_title->setObjectName(QStringLiteral("ruleTitle"));
    m_amount->setObjectName(QStringLiteral("ruleAmount"));
    m_countries->setPlaceholderText(tr("GB, US, EU …"));
    for (const auto &sector : ClockVocabulary::sectors()) {
        auto *item = new QListWidgetItem(sector.label, m_sectors);
        item->setData(Qt::UserRole, sector.key);
        item->setCheckState(m_rule.sectors.contains(sector.key) ? Qt::Checked : Qt::Unchecked);
    }
    m_sectors->setMaximumHeight(110);
    m_sectors->setAccessibleName(tr("Sectors"));
    m_sectors->setToolTip(tr("None ticked: every sector"));
    fill(m_route, ClockVocabulary::routes(), m_rule.route);
    m_confidence->addItem(tr("confirmed"), int(ClockRule::Confidence::Confirmed));
    m_confidence->addItem(tr("unconfirmed"), int(ClockRule::Confidence::Unconfirmed));
    m_confidence->setCurrentIndex(m_confidence->findData(int(m_rule.confidence)));
    m_from->setPlaceholderText(tr("YYYY-MM-DD (empty: always)"));
    m_to->setPlaceholderText(tr("YYYY-MM-DD (empty: no end)"));
    fill(m_trigger, ClockVocabulary::events(), m_rule.trigger);
    m_dateBasis->addItem(tr("the day it was received"), int(ClockRule::DateBasis::Received));
    m_dateBasis->addItem(tr("the day it was sent"), int(ClockRule::DateBasis::Sent));
    m_dateBasis->setCurrentIndex(m_dateBasis->findData(int(m_rule.basis)));
    m_amount->setRange(0, 9999);
    m_amount->setValue(m_rule.offset.amount);
    fillUnits(m_unit, m_rule.offset.unit);
    // A cap bounds the period whatever else moves it ("two billing cycles, 90 days at most").
    m_capped->setObjectName(QStringLiteral("ruleCapped"));
    m_capAmount->setObjectName(QStringLiteral("ruleCapAmount"));
    m_capUnit->setObjectName(QStringLiteral("ruleCapUnit"));
    m_capped->setChecked(m_rule.cap.has_value());
    m_capAmount->setRange(1, 9999);
    m_capAmount->setValue(m_rule.cap ? m_rule.cap->amount : 90);
    fillUnits(m_capUnit, m_rule.cap ? m_rule.cap->unit : ClockOffset::Unit::Days);
    m_capAmount->setEnabled(m_capped->isChecked());
    m_capUnit->setEnabled(m_capped->isChecked());
    connect(m_capped, &QCheckBox::toggled, m_capAmount, &QWidget::setEnabled);
    connect(m_capped, &QCheckBox::toggled, m_capUnit, &QWidget::setEnabled);
    // A chain: the window opens when one of these rules' dates is reached (DISP's six months
    // after its eight weeks). Ids no longer in the set stay ticked, so nothing is lost.
    m_after->setObjectName(QStringLiteral("ruleAfter"));
    m_after->setMaximumHeight(110);
    m_after->setAccessibleName(tr("Chained after"));
    m_after->setToolTip(tr("None ticked: counted from its own event only"));
    QStringList offered;
    for (const auto &[id, title] : chainable) {
        if (id == m_rule.id)
            continue;
        auto *item = new QListWidgetItem(tr("%1 (%2)").arg(title, id), m_after);
        item->setData(Qt::UserRole, id);
        item->setCheckState(m_rule.after.contains(id) ? Qt::Checked : Qt::Unchecked);
        offered << id;
    }
    for (const QString &id : std::as_const(m_rule.after))
        if (!offered.contains(id)) {
            auto *item = new QListWidgetItem(id, m_after);
            item->setData(Qt::UserRole, id);
            item->setCheckState(Qt::Checked);
        }
    m_kind->addItem(tr("a door opens (you may go further)"), int(ClockRule::Kind::Opens));
    m_kind->addItem(tr("a deadline for the other side"), int(ClockRule::Kind::Deadline));
    m_kind->addItem(tr("your right runs out"), int(ClockRule::Kind::Expires));
    m_kind->setCurrentIndex(m_kind->findData(int(m_rule.kind)));
    m_endsEarly->addItem(tr("(nothing)"), QString());
    fill(m_endsEarly, ClockVocabulary::events(), m_rule.endsEarlyOn);
    if (m_rule.endsEarlyOn.isEmpty())
        m_endsEarly->setCurrentIndex(0);
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Countries:"), m_countries);
    form->addRow(tr("State/pro&vince:"), m_region);
    form->addRow(tr("&Sectors:"), m_sectors);
    form->addRow(tr("Ro&ute:"), m_route);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("Le&gal basis:"), m_basis);
    form->addRow(tr("Sou&rce link:"), m_source);
    form->addRow(tr("Confi&dence:"), m_confidence);
    form->addRow(tr("What is u&nsure:"), m_note);
    form->addRow(tr("In force &from:"), m_from);
    form->addRow(tr("In force unti&l:"), m_to);
    form->addRow(tr("Counted from (&event):"), m_trigger);
    form->addRow(tr("…&which date:"), m_dateBasis);
    auto *period = new QHBoxLayout;
    period->addWidget(m_amount);
    period->addWidget(m_unit, 1);
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_amount);
    form->addRow(periodLabel, period);
    form->addRow(tr("Ends earlier &on:"), m_endsEarly);
    auto *cap = new QHBoxLayout;
    cap->addWidget(m_capped);
    cap->addWidget(m_capAmount);
    cap->addWidget(m_capUnit, 1);
    auto *capLabel = new QLabel(tr("C&apped:"), this);
    capLabel->setBuddy(m_capped);
    form->addRow(capLabel, cap);
    form->addRow(tr("C&hained after:"), m_after);
    form->addRow(tr("&Meaning:"), m_kind);
    form->addRow(tr("Conse&quence:"), m_effect);
    // The meaning is made before the cap's fields; Tab follows the form as it reads.
    setTabOrder(m_after, m_kind);
    if (const QString kept = combinations(m_rule); !kept.isEmpty())
        form->addRow(tr("Also (kept):"), new QLabel(kept, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ClockRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

ClockRule ClockRuleDialog::rule() const
{
    ClockRule value = m_rule;
    value.id = m_id->text().trimmed();
    value.title = m_title->text().trimmed();
    value.countries.clear();
    for (const QString &part : m_countries->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        value.countries << part.trimmed().toUpper();
    value.region = m_region->text().trimmed().toUpper();
    value.sectors.clear();
    for (int i = 0; i < m_sectors->count(); ++i)
        if (m_sectors->item(i)->checkState() == Qt::Checked)
            value.sectors << m_sectors->item(i)->data(Qt::UserRole).toString();
    value.route = m_route->currentData().toString();
    value.body = m_body->text().trimmed();
    value.legalBasis = m_basis->text().trimmed();
    value.sourceUrl = m_source->text().trimmed();
    value.confidence = ClockRule::Confidence(m_confidence->currentData().toInt());
    value.note = m_note->text().trimmed();
    value.effectiveFrom = QDate::fromString(m_from->text().trimmed(), Qt::ISODate);
    value.effectiveTo = QDate::fromString(m_to->text().trimmed(), Qt::ISODate);
    value.trigger = m_trigger->currentData().toString();
    value.basis = ClockRule::DateBasis(m_dateBasis->currentData().toInt());
    value.offset = {m_amount->value(), ClockOffset::Unit(m_unit->currentData().toInt())};
    value.endsEarlyOn = m_endsEarly->currentData().toString();
    value.cap.reset();
    if (m_capped->isChecked())
        value.cap =
            ClockOffset{m_capAmount->value(), ClockOffset::Unit(m_capUnit->currentData().toInt())};
    value.after.clear();
    for (int i = 0; i < m_after->count(); ++i)
        if (m_after->item(i)->checkState() == Qt::Checked)
            value.after << m_after->item(i)->data(Qt::UserRole).toString();
    value.kind = ClockRule::Kind(m_kind->currentData().toInt());
    value.effect = m_effect->text().trimmed();
    return value;
}

void ClockRuleDialog::accept()
{
    // The same checks as a rule file's, so a rule typed here always exports and imports.
    const ClockRule value = rule();
    ClockRule checked;
    QString error = clocks::ClockRuleJson::fromJson(clocks::ClockRuleJson::toJson(value), &checked);
    for (auto *field : {m_from, m_to})
        if (error.isEmpty() && !field->text().trimmed().isEmpty() &&
            !QDate::fromString(field->text().trimmed(), Qt::ISODate).isValid())
            error = tr("\"%1\" is not a date (YYYY-MM-DD).").arg(field->text().trimmed());
    if (!error.isEmpty()) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

} // namespace leverage::ui
