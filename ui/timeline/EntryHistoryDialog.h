#pragma once

#include <QDialog>

namespace leverage::ui {

// An entry's earlier versions (issue 21): when it was recorded, each edit since (when, who on a
// team server, what changed, before and after), read from the record's seals. Read only.
class EntryHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntryHistoryDialog)

public:
    // `text`: the versions as models::EntryVersions writes them.
    explicit EntryHistoryDialog(const QString &text, QWidget *parent = nullptr);
};

} // namespace leverage::ui
