#pragma once

#include "ui/models/outcomes/TroubleCostCommand.h"

#include <QDate>
#include <QDialog>

class QDateTimeEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLineEdit;
class QPushButton;

namespace leverage::ui {

// "Time and Trouble Costs…" (issue 22): what an hour of the user's time is worth (for every
// case; 0 for none) and what this case cost out of pocket, line by line (amount, currency, the
// day, what for: postage, a call, travel). Every field is reached with Tab; Alt+A adds another
// line; a line with no amount is left out.
class TroubleCostsDialog final : public QDialog
{
    Q_OBJECT

public:
    TroubleCostsDialog(const QString &caseTitle, const models::TroubleCostCommand::Costs &current,
                       const QString &defaultCurrency, const QDate &today,
                       QWidget *parent = nullptr);

    models::TroubleCostCommand::Costs costs() const;

private:
    struct CostRow
    {
        QDoubleSpinBox *amount;
        QLineEdit *currency;
        QDateTimeEdit *spentOn;
        QLineEdit *what;
    };
    void addCostRow(const outcomes::OutOfPocketCost &cost);

    QString m_defaultCurrency;
    QDate m_today;
    QDoubleSpinBox *m_hourly;
    QLineEdit *m_hourlyCurrency;
    QGridLayout *m_costs;
    QList<CostRow> m_rows;
    QPushButton *m_another = nullptr;
};

} // namespace leverage::ui
