#pragma once

#include "core/clocks/CaseJurisdiction.h"

class QComboBox;
class QLineEdit;
class QWidget;

namespace leverage::ui {

// The fields of a case's jurisdiction and sector, for the Clocks pane and the case dialog:
// a country (offered, or any ISO code typed), a state or province, a sector.
class JurisdictionFields final
{
public:
    explicit JurisdictionFields(QWidget *parent);

    QComboBox *country() const { return m_country; }
    QLineEdit *region() const { return m_region; }
    QComboBox *sector() const { return m_sector; }

    void show(const clocks::CaseJurisdiction &where);
    clocks::CaseJurisdiction value() const;

private:
    QComboBox *m_country;
    QLineEdit *m_region;
    QComboBox *m_sector;
};

} // namespace leverage::ui
