#pragma once

#include "core/letters/Letter.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;

namespace leverage::ui {

// The user's name, postal address, phone and e-mail, for the letterhead and the signature.
class MyDetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit MyDetailsDialog(const MyDetails &details, QWidget *parent = nullptr);

    MyDetails details() const;

private:
    QLineEdit *m_name;
    QPlainTextEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
};

} // namespace leverage::ui
