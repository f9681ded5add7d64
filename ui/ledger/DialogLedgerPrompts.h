#pragma once

#include "ui/ledger/LedgerPrompts.h"

namespace leverage::ui {

class DialogLedgerPrompts final : public LedgerPrompts
{
public:
    std::optional<QString> askNote(QWidget *parent, const QString &title,
                                   const QString &label) override;
    BrokenPromiseAction afterBrokenPromise(QWidget *parent, const QString &what) override;
    QString askCalendarPath(QWidget *parent) override;
};

} // namespace leverage::ui
