#pragma once

#include "core/dossier/DossierOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace leverage::ui {

// Asks what a dossier should hold before it is printed or saved: the period, private entries,
// the escalation path and contacts appendix, who prepared it, and the paper.
class DossierOptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DossierOptionsDialog)

public:
    explicit DossierOptionsDialog(QWidget *parent = nullptr);

    // `first`/`last`: the case's first and last entry days, used when a range end is switched on.
    void setOptions(const DossierOptions &options, const QDate &first = {}, const QDate &last = {});
    DossierOptions options() const;
    // False (and the OK button disabled, with the reason shown) when the range is backwards.
    bool isValid() const;

private:
    void updateValidity();

    QCheckBox *m_fromEnabled = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toEnabled = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QCheckBox *m_includePrivate = nullptr;
    QCheckBox *m_escalation = nullptr;
    QCheckBox *m_contacts = nullptr;
    QCheckBox *m_exhibits = nullptr;
    QLineEdit *m_preparedBy = nullptr;
    QComboBox *m_paper = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace leverage::ui
