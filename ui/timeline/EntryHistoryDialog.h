#pragma once

#include "core/store/EntryHistory.h"

#include <QDialog>

namespace leverage::ui {

// An entry's earlier versions (issue 21): when it was recorded, each edit since (when, who on a
// team server, what changed, before and after), read from the record's seals. Read only.
class EntryHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryHistoryDialog)

public:
    EntryHistoryDialog(const QList<EntryHistory::Version> &versions, QWidget *parent = nullptr);

    // The history as the dialog shows it, a version to a paragraph.
    static QString text(const QList<EntryHistory::Version> &versions);
};

} // namespace leverage::ui
