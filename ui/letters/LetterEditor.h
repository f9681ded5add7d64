#pragma once

#include "core/letters/Letter.h"
#include "ui/models/undo/UndoPusher.h"

#include <QDialog>
#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolBar;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class LetterDraftSaver;
class UndoCommand;
} // namespace leverage::models

namespace leverage::ui {

class LetterTextEdit;

// One letter in its own window: the subject and the rich text (bold, italic, lists, its own
// undo), spell checked; the draft is saved a moment after each pause in typing. A draft's tone
// and addressee can be changed (the letter is written again from the case, one undo step:
// Ctrl+Z in the editor takes back the typing first, then that change). From here the letter is
// previewed and printed, saved as PDF, OpenDocument or an e-mail file, handed to the desktop's
// mail program with the dossier, and marked as sent (then it no longer changes).
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

    // Runs a program of the desktop (xdg-email, xdg-open) without waiting; tests replace it
    // (an empty one: QProcess::startDetached again).
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;
    static void setLauncher(Launcher launcher);

    void markAsSent();
    void changeToneAndAddressee();
    void printPreview();
    void saveAs(const QString &suffix); // "pdf", "odt", "eml": asks where
    // The letter and the case's dossier saved as PDFs in the letter's outgoing folder, then
    // handed to the mail program (xdg-email, both attached) and the folder shown: a mail
    // program reached through a mailto: link cannot take attachments.
    void sendWithMailProgram();
    // Where sendWithMailProgram puts the files of this letter.
    QString outgoingFolder() const;

Q_SIGNALS:
    void message(const QString &text);

protected:
    void done(int result) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QToolBar *makeToolBar();
    void changed();
    void showSent();
    void showKind();
    void undo();
    // The letter as stored now, when an undo step (not typing) changed it.
    void reloadIfChanged(RowId letterId);

    Workspace &m_workspace;
    models::UndoPusher m_pusher;
    Letter m_letter;
    QLineEdit *m_subject;
    LetterTextEdit *m_text;
    QLabel *m_kind;
    QLabel *m_state;
    QPushButton *m_markSent;
    QPushButton *m_change;
    const models::UndoCommand *m_lastChange = nullptr; // this editor's last tone change
    models::LetterDraftSaver *m_saver;
};

} // namespace leverage::ui
