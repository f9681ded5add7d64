#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoPusher.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class LetterDraftSaver;
}

namespace leverage::ui {

class LetterTextEdit;

// One letter in its own window: the subject and the rich text (bold, italic, lists, its own
// undo), spell checked; the draft is saved a moment after each pause in typing. From here the
// letter is saved as PDF, OpenDocument or an e-mail file, handed to the desktop's mail
// program, and marked as sent (then it no longer changes).
class LetterEditor final : public QDialog
{
    Q_OBJECT

public:
    LetterEditor(Workspace &workspace, models::UndoPusher pusher, const Letter &letter,
                 QWidget *parent = nullptr);
    ~LetterEditor() override;

    RowId letterId() const { return m_letter.meta.id; }
    LetterTextEdit *textEdit() const { return m_text; }
    // The letter as written now (subject and HTML from the editor).
    Letter current() const;

    void markAsSent();
    void saveAs(const QString &suffix); // "pdf", "odt", "eml": asks where
    void sendWithMailProgram();

Q_SIGNALS:
    void message(const QString &text);

protected:
    void done(int result) override;

private:
    QToolBar *makeToolBar();
    void changed();
    void showSent();

    Workspace &m_workspace;
    models::UndoPusher m_pusher;
    Letter m_letter;
    QLineEdit *m_subject;
    LetterTextEdit *m_text;
    QLabel *m_state;
    QPushButton *m_markSent;
    models::LetterDraftSaver *m_saver;
};

} // namespace leverage::ui
