#include "ui/contacts/ContactHistoryWidget.h"

#include "ui/common/LoadStateStack.h"
#include "ui/models/common/ErrorReporter.h"
#include "ui/models/common/TextTableModel.h"
#include "ui/models/contacts/ContactPageModel.h"
#include "ui/models/contacts/commands/ToggleGatewayCommand.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

QTreeView *makeTree(QAbstractItemModel *model, QWidget *parent)
{
    auto *tree = new QTreeView(parent);
    tree->setModel(model);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

ContactHistoryWidget::ContactHistoryWidget(Workspace &workspace, QUndoStack &undoStack,
                                           models::ErrorReporter &reporter, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_undo(undoStack, reporter),
      m_page(new models::ContactPageModel(workspace, this))
{
    setObjectName(QStringLiteral("ContactHistoryWidget"));
    m_page->setErrorReporter(&reporter);
    buildLayout();
    connect(m_page, &models::ContactPageModel::refreshed, this, &ContactHistoryWidget::showPage);
    showPage();
}

void ContactHistoryWidget::buildLayout()
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_gatewayButton = new QPushButton(this);
    m_gatewayButton->setCheckable(true);
    connect(m_gatewayButton, &QPushButton::clicked, this, [this](bool checked) {
        if (m_page->contactId() > 0)
            if (auto status = m_undo.push(std::make_unique<models::ToggleGatewayCommand>(
                    m_workspace, m_page->contactId(), checked));
                !status)
                m_undo.reporter().reportError(status.message());
        m_page->refresh();
    });
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_gatewayButton);

    m_details = new QFormLayout;
    m_trackRecord = new QLabel(this);
    m_trackRecord->setWordWrap(true);

    m_history = makeTree(m_page->history(), this);
    m_history->setObjectName(QStringLiteral("historyTree"));
    m_history->setAccessibleName(tr("History across cases"));
    m_commitments = makeTree(m_page->commitments(), this);
    m_commitments->setObjectName(QStringLiteral("commitmentsTree"));
    m_commitments->setAccessibleName(tr("Commitments"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_details);
    layout->addWidget(m_trackRecord);
    layout->addWidget(new QLabel(tr("<b>History across cases</b>"), content));
    layout->addWidget(m_history, 2);
    layout->addWidget(new QLabel(tr("<b>Commitments</b>"), content));
    layout->addWidget(m_commitments, 1);
    m_states = new LoadStateStack(content, this);
    connect(m_states, &LoadStateStack::retryRequested, m_page, &models::ContactPageModel::refresh);

    auto *outer = new QVBoxLayout(this);
    outer->addLayout(header);
    outer->addWidget(m_states, 1);
}

RowId ContactHistoryWidget::contactId() const
{
    return m_page->contactId();
}

QString ContactHistoryWidget::trackRecordText() const
{
    return m_trackRecord->text();
}

void ContactHistoryWidget::setContactId(RowId contactId)
{
    if (contactId != this->contactId())
        m_words = {};
    m_page->setContactId(contactId);
}

void ContactHistoryWidget::setHighlight(const models::MatchHighlighter &words)
{
    m_words = words;
    showPage();
}

QStringList ContactHistoryWidget::highlightedWords() const
{
    if (m_words.isEmpty() || !m_page->hasContact())
        return {};
    QStringList words = m_words.matchedIn(m_page->title());
    const auto *details = m_page->details();
    for (int row = 0; row < details->rowCount(); ++row)
        words << m_words.matchedIn(details->text(row, 1));
    return words;
}

void ContactHistoryWidget::showPage()
{
    const bool shown = m_page->hasContact();
    m_gatewayButton->setEnabled(shown);
    m_states->setEnabled(shown || m_page->loadFailed()); // Retry stays within reach
    m_states->showLoadState(*m_page);
    m_title->setTextFormat(m_words.isEmpty() ? Qt::PlainText : Qt::RichText);
    m_title->setText(m_words.isEmpty() ? m_page->title() : m_words.toHtml(m_page->title()));
    m_gatewayButton->setChecked(m_page->isGateway());
    m_gatewayButton->setText(m_page->isGateway() ? tr("★ Gateway") : tr("☆ Gateway"));
    m_trackRecord->setText(m_page->trackRecordText());
    while (m_details->rowCount() > 0)
        m_details->removeRow(0);
    const auto *details = m_page->details();
    for (int row = 0; row < details->rowCount(); ++row) {
        auto *field = new QLabel(this);
        if (m_words.isEmpty()) {
            field->setTextFormat(Qt::PlainText);
            field->setText(details->text(row, 1));
        } else {
            field->setTextFormat(Qt::RichText);
            field->setText(m_words.toHtml(details->text(row, 1)));
        }
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        m_details->addRow(details->text(row, 0), field);
    }
    fitColumns();
}

void ContactHistoryWidget::fitColumns()
{
    for (auto *tree : {m_history, m_commitments})
        for (int column = 0; column + 1 < tree->model()->columnCount(); ++column) {
            tree->resizeColumnToContents(column);
            // A long summary or promise must not push the status out of sight.
            tree->setColumnWidth(column, qMin(tree->columnWidth(column), 340));
        }
}

} // namespace leverage::ui
