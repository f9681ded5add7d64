#pragma once

#include "core/calls/CallState.h"

#include <QDialog>

namespace leverage::ui {

// Offered at start-up for a call whose draft outlived the app: take it up again (timer and
// hold time intact), file it as it was at the last save, or throw it away.
class ResumeCallDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResumeCallDialog)

public:
    enum Choice
    {
        Later = 0,
        Resume,
        FileAsItWas,
        Discard
    };

    ResumeCallDialog(const CallState &draft, const QString &caseTitle, const QDateTime &now,
                     QWidget *parent = nullptr);
};

} // namespace leverage::ui
