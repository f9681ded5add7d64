#include "ui/letters/LettersPane.h"

#include "core/letters/LetterAddressees.h"
#include "core/letters/LetterDrafter.h"
#include "ui/common/AdaptiveColumns.h"
#include "ui/letters/CaseNumbersDialog.h"
#include "ui/letters/LetterEditor.h"
#include "ui/letters/LetterTextEdit.h"
#include "ui/letters/NewLetterDialog.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/letters/AddLetterCommand.h"
#include "ui/models/letters/EditCaseNumbersCommand.h"
#include "ui/models/letters/LetterListModel.h"
#include "ui/models/letters/RemoveLetterCommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace leverage::ui {

LettersPane::LettersPane(Workspace &workspace, QUndoStack &undoStack,
                         models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_pusher(undoStack, reporter),
      m_model(new models::LetterListModel(workspace, this)), m_view(new QTableView(this)),
      m_empty(new QLabel(this)), m_new(new QPushButton(tr("New Letter…"), this)),
      m_open(new QPushButton(tr("Open"), this)), m_remove(new QPushButton(tr("Delete"), this)),
      m_numbers(new QPushButton(tr("Case Numbers…"), this))
{
    setObjectName(QStringLiteral("lettersPane"));
    m_model->setErrorReporter(&reporter);
    m_view->setObjectName(QStringLiteral("lettersView"));
    m_view->setAccessibleName(tr("Letters of the case"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the list, as in every pane
    m_view->verticalHeader()->hide();
    // The subject takes what the others leave.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(models::LetterListModel::SubjectColumn,
                                                     QHeaderView::Stretch);
    // The subject names the kind already ("Escalation: …"): in a pane below the timeline the
    // kind and the tone step aside before the subject wraps into two cut lines.
    new AdaptiveColumns(m_view->horizontalHeader(), models::LetterListModel::SubjectColumn,
                        fontMetrics().averageCharWidth() * 48,
                        {models::LetterListModel::KindColumn, models::LetterListModel::ToneColumn});
    m_empty->setWordWrap(true);
    m_new->setToolTip(tr("Write a letter from the selected case (Ctrl+Shift+W)"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_numbers);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);

    connect(m_new, &QPushButton::clicked, this, &LettersPane::newLetter);
    auto openCurrent = [this] {
        const auto letter = m_model->letterAt(m_view->currentIndex().row());
        if (letter.meta.id > 0)
            openLetter(letter.meta.id);
    };
    connect(m_open, &QPushButton::clicked, this, openCurrent);
    connect(m_view, &QTableView::activated, this, openCurrent);
    connect(m_remove, &QPushButton::clicked, this, &LettersPane::removeCurrent);
    connect(m_numbers, &QPushButton::clicked, this, &LettersPane::editCaseNumbers);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LettersPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &LettersPane::updateButtons);
    updateButtons();
}

FocusedItem LettersPane::focusedItem() const
{
    const auto letter = m_model->letterAt(m_view->currentIndex().row());
    if (letter.meta.id <= 0)
        return {};
    FocusedItem item{letter.subject.isEmpty() ? tr("the selected letter")
                                              : tr("the letter “%1”").arg(letter.subject),
                     {},
                     {}};
    const RowId id = letter.meta.id;
    // Through the pane's own slots, as its buttons do: const here, the pane is not.
    auto *self = const_cast<LettersPane *>(this);
    item.edit = [self, id] { self->openLetter(id); };
    // A letter marked as sent is part of the record: it stays (as its Remove button says).
    if (!letter.isSent())
        item.remove = [self] { self->removeCurrent(); };
    return item;
}

void LettersPane::setCaseId(RowId caseId)
{
    m_model->setCaseId(caseId);
}

RowId LettersPane::caseId() const
{
    return m_model->caseId();
}

void LettersPane::updateButtons()
{
    const bool hasCase = m_model->caseId() > 0;
    const auto letter = m_model->letterAt(m_view->currentIndex().row());
    m_new->setEnabled(hasCase);
    m_numbers->setEnabled(hasCase);
    m_open->setEnabled(letter.meta.id > 0);
    m_remove->setEnabled(letter.meta.id > 0 && !letter.isSent());
    m_empty->setVisible(m_model->rowCount() == 0);
    m_empty->setText(!hasCase ? tr("Select a case to see its letters.")
                     : m_model->loadFailed()
                         ? m_model->loadError()
                         : tr("No letters yet. New Letter (Ctrl+Shift+W) writes one from the "
                              "case: the history, the promises, the deadline."));
}

void LettersPane::newLetter()
{
    const RowId caseId = m_model->caseId();
    if (caseId <= 0) {
        m_pusher.reporter().reportError(tr("Select a case first: a letter is written from it."));
        return;
    }
    auto addressees = letterAddressees(m_workspace, caseId);
    if (!addressees) {
        m_pusher.reporter().reportError(addressees.message());
        return;
    }
    NewLetterDialog dialog(*addressees, window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto letter = LetterDrafter(m_workspace).draft(dialog.request(caseId));
    if (!letter) {
        m_pusher.reporter().reportError(letter.message());
        return;
    }
    auto command = std::make_unique<models::AddLetterCommand>(m_workspace, *letter);
    auto *added = command.get(); // never merges: still alive after the push
    if (auto status = m_pusher.push(std::move(command)); !status) {
        m_pusher.reporter().reportError(status.message());
        return;
    }
    openLetter(added->letter().meta.id);
}

LetterEditor *LettersPane::openLetter(RowId letterId)
{
    // One editor per letter: a second Open brings the first to the front.
    for (auto *editor : findChildren<LetterEditor *>())
        if (editor->letterId() == letterId) {
            editor->raise();
            editor->activateWindow();
            return editor;
        }
    const int row = m_model->rowOfLetter(letterId);
    if (row < 0)
        return nullptr;
    auto *editor = new LetterEditor(m_workspace, m_pusher, m_model->letterAt(row), this);
    connect(editor, &LetterEditor::message, this, &LettersPane::message);
    editor->show();
    // After the events of the dialog that just closed, which give the main window back its
    // activation: the letter is what the user works on next.
    QTimer::singleShot(0, editor, [editor] {
        editor->activateWindow();
        editor->raise();
        editor->textEdit()->setFocus();
    });
    return editor;
}

void LettersPane::removeCurrent()
{
    const auto letter = m_model->letterAt(m_view->currentIndex().row());
    if (letter.meta.id <= 0)
        return;
    if (auto status = m_pusher.push(
            std::make_unique<models::RemoveLetterCommand>(m_workspace, letter.meta.id));
        !status)
        m_pusher.reporter().reportError(status.message());
}

void LettersPane::editCaseNumbers()
{
    const RowId caseId = m_model->caseId();
    if (caseId <= 0)
        return;
    auto numbers = models::EditCaseNumbersCommand::read(m_workspace, caseId);
    if (!numbers) {
        m_pusher.reporter().reportError(numbers.message());
        return;
    }
    CaseNumbersDialog dialog(*numbers, window());
    if (dialog.exec() != QDialog::Accepted || dialog.numbers() == *numbers)
        return;
    if (auto status = m_pusher.push(std::make_unique<models::EditCaseNumbersCommand>(
            m_workspace, caseId, dialog.numbers()));
        !status)
        m_pusher.reporter().reportError(status.message());
}

} // namespace leverage::ui
