#pragma once

#include "ui/models/undo/UndoPusher.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace leverage {
class Workspace;
}

namespace leverage::ui {

// The letter templates, the user's to edit: choose one, change its Mustache text, save it
// (checked first: a mistake is named with its line and nothing is saved), or reset it to the
// one that ships with the program. Each save and reset is an undo step of the window.
class LetterTemplatesDialog final : public QDialog
{
    Q_OBJECT

public:
    LetterTemplatesDialog(Workspace &workspace, models::UndoPusher pusher,
                          QWidget *parent = nullptr);

    void save();
    void reset();

private:
    void load();

    Workspace &m_workspace;
    models::UndoPusher m_pusher;
    QComboBox *m_name;
    QPlainTextEdit *m_text;
    QLabel *m_state;
};

} // namespace leverage::ui
