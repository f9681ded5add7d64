#pragma once

#include "core/letters/LetterAddressees.h"
#include "core/letters/LetterFactsReader.h"

#include <QDialog>

class QComboBox;
class QPushButton;
class QSpinBox;

namespace leverage::ui {

// Chooses what a new letter is: its kind, its tone, to whom (a person of the case's
// organizations, or the company's customer relations) and the days given to answer.
class NewLetterDialog final : public QDialog
{
    Q_OBJECT

public:
    NewLetterDialog(const QList<LetterAddressee> &addressees, QWidget *parent = nullptr);

    // For a draft already written: its kind stays, its tone, addressee and days to answer
    // are offered to change; the letter is then written again from the case.
    void changing(const Letter &letter, int deadlineDays);

    LetterFactsReader::Request request(RowId caseId) const;

private:
    QComboBox *m_kind;
    QComboBox *m_tone;
    QComboBox *m_to;
    QSpinBox *m_days;
    QPushButton *m_ok;
};

} // namespace leverage::ui
