#pragma once

#include "core/letters/LetterKind.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;

namespace leverage::ui {

// When and how a letter went out: the date, the channel (post, e-mail, fax, hand delivery)
// and a tracking number for recorded post.
class MarkSentDialog final : public QDialog
{
    Q_OBJECT

public:
    MarkSentDialog(const QDateTime &now, QWidget *parent = nullptr);

    QDateTime sentAt() const;
    LetterChannel channel() const;
    QString trackingNumber() const;

private:
    QDateTimeEdit *m_when;
    QComboBox *m_channel;
    QLineEdit *m_tracking;
};

} // namespace leverage::ui
