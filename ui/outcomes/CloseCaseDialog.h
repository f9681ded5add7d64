#pragma once

#include "core/outcomes/CaseOutcome.h"
#include "ui/models/outcomes/CaseOutcomeChoices.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLineEdit;
class QGridLayout;
class QPlainTextEdit;
class QPushButton;

namespace leverage::ui {

// "Close Case with Outcome…" (issue 22): how it ended, what the company gave item by item
// (kind, amount, currency, the day it arrived), and, if the user knows, what resolved it:
// the escalation level, the person, the letter. Every field is reached with Tab; Alt+A adds
// another item; Ctrl+Return closes the case.
class CloseCaseDialog final : public QDialog
{
    Q_OBJECT

public:
    using Choices = models::CaseOutcomeChoices::Choices;

    CloseCaseDialog(const models::CaseOutcomeChoices &setup, const QDateTime &now,
                    QWidget *parent = nullptr);

    // The record as filled in (caseId left to the caller); items with no amount are left out.
    outcomes::CaseOutcome outcome() const;

private:
    struct ItemRow
    {
        QComboBox *kind;
        QDoubleSpinBox *amount;
        QLineEdit *currency;
        QDateTimeEdit *received;
    };
    void addItemRow(const outcomes::OutcomeItem &item);
    static QComboBox *choiceCombo(const Choices &choices, RowId current, QWidget *parent);

    QString m_defaultCurrency;
    QDate m_today;
    QComboBox *m_outcome;
    QDateTimeEdit *m_closedAt;
    QComboBox *m_step;
    QComboBox *m_contact;
    QComboBox *m_letter;
    QGridLayout *m_items;
    QList<ItemRow> m_rows;
    QPushButton *m_another = nullptr;
    QPlainTextEdit *m_note;
};

} // namespace leverage::ui
