#include "ui/clocks/ClockRuleDialog.h"

#include "core/clocks/ClockRuleJson.h"
#include "core/clocks/ClockVocabulary.h"

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

// What the form keeps but does not show.
QString combinations(const ClockRule &rule)
{
    QStringList parts;
    if (rule.cap)
        parts << QObject::tr("at most %1").arg(rule.cap->text());
    for (const auto &variant : rule.variants)
        parts << QObject::tr("%1 when: %2")
                     .arg(variant.offset.text(), ClockVocabulary::eventLabel(variant.when));
    for (const auto &extension : rule.extensions)
        parts << QObject::tr("+%1 when: %2")
                     .arg(extension.add.text(), ClockVocabulary::eventLabel(extension.when));
    if (!rule.after.isEmpty())
        parts << QObject::tr("after: %1").arg(rule.after.join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace

ClockRuleDialog::ClockRuleDialog(ClockRule rule, bool idEditable, QWidget *parent)
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
    for (auto unit :
         {ClockOffset::Unit::Days, ClockOffset::Unit::BusinessDays, ClockOffset::Unit::Weeks,
          ClockOffset::Unit::Months, ClockOffset::Unit::Years, ClockOffset::Unit::BillingCycles})
        m_unit->addItem(ClockOffset{2, unit}.text().mid(2), int(unit));
    m_unit->setCurrentIndex(m_unit->findData(int(m_rule.offset.unit)));
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
    form->addRow(tr("State/&province:"), m_region);
    form->addRow(tr("&Sectors:"), m_sectors);
    form->addRow(tr("Ro&ute:"), m_route);
    form->addRow(tr("&Body:"), m_body);
    form->addRow(tr("&Legal basis:"), m_basis);
    form->addRow(tr("Sou&rce link:"), m_source);
    form->addRow(tr("Confi&dence:"), m_confidence);
    form->addRow(tr("What is &unsure:"), m_note);
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
    form->addRow(tr("&Meaning:"), m_kind);
    form->addRow(tr("&Then:"), m_effect);
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
