#pragma once

#include "core/domain/Ids.h"
#include "ui/common/FocusedItem.h"
#include "ui/models/undo/UndoPusher.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ErrorReporter;
class LetterListModel;
} // namespace leverage::models

namespace leverage::ui {

class LetterEditor;

// The selected case's letters, drafts and sent: New Letter (Ctrl+Shift+W) writes one from the
// case, Return opens one in its editor, Delete removes a draft.
class LettersPane final : public QWidget, public FocusedItemSource
{
    Q_OBJECT

public:
    LettersPane(Workspace &workspace, QUndoStack &undoStack, models::ErrorReporter &reporter,
                QWidget *parent = nullptr);

    void setCaseId(RowId caseId);
    RowId caseId() const;
    models::LetterListModel *model() const { return m_model; }
    // The window's F2 opens the selected letter and Delete removes it (a draft only).
    FocusedItem focusedItem() const override;
    QTableView *view() const { return m_view; }

    // Asks for kind, tone and addressee, drafts the letter from the case and opens it.
    void newLetter();
    LetterEditor *openLetter(RowId letterId);
    void removeCurrent();
    // The account / order / policy numbers the case's letters quote.
    void editCaseNumbers();

Q_SIGNALS:
    void message(const QString &text);

private:
    void updateButtons();

    Workspace &m_workspace;
    models::UndoPusher m_pusher;
    models::LetterListModel *m_model;
    QTableView *m_view;
    QLabel *m_empty;
    QPushButton *m_new;
    QPushButton *m_open;
    QPushButton *m_remove;
    QPushButton *m_numbers;
};

} // namespace leverage::ui
