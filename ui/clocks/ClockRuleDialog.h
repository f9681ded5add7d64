#pragma once

#include "core/clocks/ClockRule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace leverage::ui {

// One clock rule's fields: where, which sectors and route, the body and legal basis with a
// source link and how sure it is, the dates it is in force, the event and date it counts
// from, how long, what it means and what happens then; a cap ("90 days at most") and the rules
// whose date opens this one's window (a chain). Variants and extensions, which the form does
// not show, are kept as they were and listed.
class ClockRuleDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockRuleDialog)

public:
    // `idEditable`: a new or own rule; a shipped rule keeps its id (edits are keyed by it).
    // `chainable`: the other rules (id, title) this one may be chained after.
    ClockRuleDialog(clocks::ClockRule rule, bool idEditable,
                    const QList<QPair<QString, QString>> &chainable = {},
                    QWidget *parent = nullptr);

    clocks::ClockRule rule() const;

public Q_SLOTS:
    void accept() override;

private:
    clocks::ClockRule m_rule;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_countries = nullptr;
    QLineEdit *m_region = nullptr;
    QListWidget *m_sectors = nullptr;
    QComboBox *m_route = nullptr;
    QLineEdit *m_body = nullptr;
    QLineEdit *m_basis = nullptr;
    QLineEdit *m_source = nullptr;
    QComboBox *m_confidence = nullptr;
    QLineEdit *m_note = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QComboBox *m_trigger = nullptr;
    QComboBox *m_dateBasis = nullptr;
    QSpinBox *m_amount = nullptr;
    QComboBox *m_unit = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_endsEarly = nullptr;
    QCheckBox *m_capped = nullptr;
    QSpinBox *m_capAmount = nullptr;
    QComboBox *m_capUnit = nullptr;
    QListWidget *m_after = nullptr;
    QLineEdit *m_effect = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace leverage::ui
