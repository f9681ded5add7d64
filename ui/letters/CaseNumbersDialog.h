#pragma once

#include "core/letters/Letter.h"

#include <QDialog>

class QPlainTextEdit;

namespace leverage::ui {

// The numbers a case's letters quote beside its reference: one per line, "Policy:
// MMH-5521-09", "Order: 4471-2".
class CaseNumbersDialog final : public QDialog
{
    Q_OBJECT

public:
    CaseNumbersDialog(const QList<CaseNumber> &numbers, QWidget *parent = nullptr);

    QList<CaseNumber> numbers() const;
    static QList<CaseNumber> parse(const QString &text);

private:
    QPlainTextEdit *m_text;
};

} // namespace leverage::ui
