#pragma once

#include "ui/common/GuardedDialog.h"

class QPlainTextEdit;

namespace leverage::ui {

// A short note asked for on its own ("Why was the promise broken?"): a wrapping multi-line
// field that Tab leaves, Ctrl+Return submits, and Esc after typing asks before discarding.
class NoteDialog final : public GuardedDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteDialog)

public:
    NoteDialog(const QString &title, const QString &label, QWidget *parent = nullptr);

    QString note() const;

private:
    QPlainTextEdit *m_note;
};

} // namespace leverage::ui
