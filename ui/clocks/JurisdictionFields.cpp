#include "ui/clocks/JurisdictionFields.h"

#include "core/clocks/ClockVocabulary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>

namespace leverage::ui {

using clocks::ClockVocabulary;

JurisdictionFields::JurisdictionFields(QWidget *parent)
    : m_country(new QComboBox(parent)), m_region(new QLineEdit(parent)),
      m_sector(new QComboBox(parent))
{
    m_country->setObjectName(QStringLiteral("clockCountry"));
    m_country->setEditable(true);
    for (const auto &country : ClockVocabulary::countries())
        m_country->addItem(country.label, country.key);
    m_region->setObjectName(QStringLiteral("clockRegion"));
    m_region->setPlaceholderText(QCoreApplication::translate("leverage", "state/province"));
    m_region->setMinimumWidth(
        m_region->fontMetrics().horizontalAdvance(QStringLiteral("state/prov")) + 12);
    m_region->setMaximumWidth(140);
    m_sector->setObjectName(QStringLiteral("clockSector"));
    // Narrow when the pane is: the long names elide instead of widening the window.
    for (auto *combo : {m_country, m_sector}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_sector->addItem(QCoreApplication::translate("leverage", "—"), QString());
    for (const auto &sector : ClockVocabulary::sectors())
        m_sector->addItem(sector.label, sector.key);
}

void JurisdictionFields::show(const clocks::CaseJurisdiction &where)
{
    const int country = m_country->findData(where.country);
    if (country >= 0)
        m_country->setCurrentIndex(country);
    else
        m_country->setEditText(where.country);
    m_region->setText(where.region);
    m_sector->setCurrentIndex(std::max(0, m_sector->findData(where.sector)));
}

clocks::CaseJurisdiction JurisdictionFields::value() const
{
    QString country = m_country->currentData().toString();
    if (m_country->currentText() != m_country->itemText(m_country->currentIndex()))
        country = m_country->currentText().trimmed().toUpper(); // a code typed
    return {country, m_region->text().trimmed().toUpper(), m_sector->currentData().toString()};
}

} // namespace leverage::ui
