#pragma once

#include "ui/common/GuardedDialog.h"
#include "ui/models/calls/LiveCall.h"

class QButtonGroup;
class QPlainTextEdit;

namespace leverage::ui {

// The rep's words verbatim, optionally tagged as a policy's rationale or alternatives offered.
class QuoteDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteDialog)

public:
    explicit QuoteDialog(QWidget *parent = nullptr);

    QString words() const;
    models::LiveCall::QuoteKind kind() const;

private:
    QPlainTextEdit *m_words;
    QButtonGroup *m_kind;
};

} // namespace leverage::ui
