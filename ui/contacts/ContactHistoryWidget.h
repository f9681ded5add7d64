#pragma once

#include "core/domain/Ids.h"
#include "ui/models/common/MatchHighlighter.h"
#include "ui/models/undo/UndoPusher.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTreeView;
class QUndoStack;

namespace leverage {
class Workspace;
}

namespace leverage::models {
class ContactPageModel;
class ErrorReporter;
} // namespace leverage::models

namespace leverage::ui {

class LoadStateStack;

// A contact's page: who they are, their track record, every timeline entry they were part
// of across all cases, and the commitments they made with what came of them. A view over
// models::ContactPageModel; a page that could not be read says so, with Retry.
class ContactHistoryWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactHistoryWidget)

public:
    ContactHistoryWidget(Workspace &workspace, QUndoStack &undoStack,
                         models::ErrorReporter &reporter, QWidget *parent = nullptr);

    RowId contactId() const;
    models::ContactPageModel *page() const { return m_page; }
    QTreeView *historyView() const { return m_history; }
    QTreeView *commitmentsView() const { return m_commitments; }
    LoadStateStack *loadStates() const { return m_states; }
    QString trackRecordText() const;
    // Marks the words a search found in the name and the details (search's "open in
    // context"); another contact, or an empty highlighter, clears them.
    void setHighlight(const models::MatchHighlighter &words);
    // The details' words marked now (empty when none).
    QStringList highlightedWords() const;

public Q_SLOTS:
    void setContactId(leverage::RowId contactId);

private:
    void buildLayout();
    void showPage();
    void fitColumns();

    Workspace &m_workspace;
    models::UndoPusher m_undo;
    models::ContactPageModel *m_page;
    QLabel *m_title = nullptr;
    QFormLayout *m_details = nullptr;
    QLabel *m_trackRecord = nullptr;
    QPushButton *m_gatewayButton = nullptr;
    QTreeView *m_history = nullptr;
    QTreeView *m_commitments = nullptr;
    LoadStateStack *m_states = nullptr;
    models::MatchHighlighter m_words;
};

} // namespace leverage::ui
