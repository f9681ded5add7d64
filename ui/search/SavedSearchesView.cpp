#include "ui/search/SavedSearchesView.h"

#include "ui/models/search/SavedSearchListModel.h"

#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

// More than this scroll: the cases stay the pane's main content.
constexpr int kMostRowsShown = 5;

} // namespace

SavedSearchesView::SavedSearchesView(models::SavedSearchListModel &model, QWidget *parent)
    : QWidget(parent), m_model(model)
{
    setObjectName(QStringLiteral("savedSearches"));
    auto *label = new QLabel(tr("S&aved searches"), this);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("savedSearchList"));
    m_view->setAccessibleName(tr("Saved searches"));
    m_view->setModel(&m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setToolTip(tr("Enter opens the search, F2 renames it, Delete removes it"));
    label->setBuddy(m_view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_view);
    m_view->installEventFilter(this);
    connect(m_view, &QListView::activated, this, [this] {
        if (const auto *search = current())
            Q_EMIT openRequested(*search);
    });
    connect(&m_model, &QAbstractItemModel::modelReset, this, &SavedSearchesView::fitHeight);
    fitHeight();
}

const SavedSearch *SavedSearchesView::current() const
{
    return m_model.searchAt(m_view->currentIndex().row());
}

void SavedSearchesView::select(RowId id)
{
    if (const int row = m_model.rowOfId(id); row >= 0)
        m_view->setCurrentIndex(m_model.index(row));
}

void SavedSearchesView::fitHeight()
{
    const int rows = qBound(1, m_model.rowCount(), kMostRowsShown);
    const int rowHeight = qMax(m_view->sizeHintForRow(0), m_view->fontMetrics().height() + 4);
    m_view->setFixedHeight(rows * rowHeight + 2 * m_view->frameWidth() + 2);
    setVisible(m_model.rowCount() > 0);
    // A current row for the keys, not a selected one: a highlighted search that nobody chose
    // looked like a filter in force over the cases.
    if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0)
        m_view->selectionModel()->setCurrentIndex(m_model.index(0), QItemSelectionModel::NoUpdate);
}

bool SavedSearchesView::eventFilter(QObject *watched, QEvent *event)
{
    // F2 and Delete are the window's Edit and Remove too: here they rename and remove the
    // saved search, so the list claims them before the window's shortcuts do.
    if (watched == m_view && event->type() == QEvent::ShortcutOverride && current()) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_F2 || key == Qt::Key_Delete) {
            event->accept();
            return true;
        }
    }
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *search = current();
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (search && key == Qt::Key_F2) {
            Q_EMIT renameRequested(*search);
            return true;
        }
        if (search && key == Qt::Key_Delete) {
            Q_EMIT removeRequested(*search);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace leverage::ui
