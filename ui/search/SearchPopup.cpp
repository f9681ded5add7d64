#include "ui/search/SearchPopup.h"

#include "core/search/SearchService.h"
#include "ui/models/search/SearchResultsModel.h"
#include "ui/search/SearchResultDelegate.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {

constexpr int kResultLimit = 50;

} // namespace

SearchPopup::SearchPopup(search::SearchService &service, QWidget *parent)
    : QFrame(parent, Qt::Popup), m_service(service)
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_query->setPlaceholderText(
        tr("Search notes, people, promises, reference numbers…  (\"phrase\", -word, org:, "
           "person:, ref:; Ctrl+S saves)"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search everything"));
    m_model = new models::SearchResultsModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("searchResults"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setUniformItemSizes(false);
    // Snippets are elided to the width, never scrolled sideways.
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setFocusPolicy(Qt::NoFocus); // typing stays in the box; arrows move the list
    m_view->setAccessibleName(tr("Search results"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_query);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    m_query->installEventFilter(this);
    connect(m_query, &QLineEdit::textChanged, this, &SearchPopup::onTextEdited);
    connect(&m_service, &search::SearchService::resultsReady, this, &SearchPopup::onResults);
    connect(&m_service, &search::SearchService::failed, this,
            [this](quint64 generation, const QString &message) {
                if (generation == m_service.latestGeneration())
                    m_status->setText(message);
            });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        if (m_model->hitAt(index)) {
            m_view->setCurrentIndex(index);
            choose();
        }
    });
}

void SearchPopup::popUp(const QString &query)
{
    if (!query.isEmpty()) {
        if (m_query->text() == query)
            onTextEdited(query); // searched again: the workspace may have changed since
        else
            m_query->setText(query);
    }
    m_returnFocusTo = QApplication::focusWidget();
    if (auto *window = parentWidget() ? parentWidget()->window() : nullptr) {
        const int width = qMin(720, qMax(420, window->width() - 80));
        const int height = qMin(520, qMax(240, window->height() - 120));
        const auto topLeft = window->mapToGlobal(QPoint((window->width() - width) / 2, 60));
        setGeometry(QRect(topLeft, QSize(width, height)));
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::PopupFocusReason);
    m_query->selectAll();
}

void SearchPopup::onTextEdited(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        m_service.submit(QString()); // makes any running search moot
        m_model->clear();
        m_status->clear();
        return;
    }
    const auto parsed = m_service.submit(text, kResultLimit);
    if (!parsed) {
        // The text stays as typed; the cursor goes where the query stops making sense only
        // when asked (the user is still typing).
        m_status->setText(parsed.error);
        return;
    }
    m_status->setText(tr("Searching…"));
}

void SearchPopup::onResults(quint64 generation, const QString &, const QList<SearchHit> &hits)
{
    if (generation != m_service.latestGeneration())
        return;
    m_model->setHits(hits);
    m_status->setText(hits.isEmpty() ? tr("Nothing matches.")
                                     : tr("%n result(s). Enter opens, Esc goes back.", nullptr,
                                          int(hits.size())));
    const int first = m_model->hitRowFrom(0, 1);
    if (first >= 0)
        m_view->setCurrentIndex(m_model->index(first));
}

void SearchPopup::moveCurrent(int step)
{
    const int from = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + step : 0;
    const int row = m_model->hitRowFrom(from, step);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row));
    if (step < 0 && row > 0) // keep the group's heading in view above its first hit
        m_view->scrollTo(m_model->index(row - 1));
    m_view->scrollTo(m_model->index(row));
}

void SearchPopup::choose()
{
    const auto *hit = m_model->hitAt(m_view->currentIndex());
    if (!hit)
        return;
    const SearchHit chosen = *hit;
    m_returnFocusTo = nullptr; // the focus goes where the item opens
    hide();
    Q_EMIT itemChosen(chosen);
}

void SearchPopup::dismiss()
{
    hide();
    if (m_returnFocusTo)
        m_returnFocusTo->setFocus(Qt::PopupFocusReason);
}

bool SearchPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
            moveCurrent(1);
            return true;
        case Qt::Key_Up:
            moveCurrent(-1);
            return true;
        case Qt::Key_PageDown:
            for (int i = 0; i < 8; ++i)
                moveCurrent(1);
            return true;
        case Qt::Key_PageUp:
            for (int i = 0; i < 8; ++i)
                moveCurrent(-1);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose();
            return true;
        case Qt::Key_Escape:
            dismiss();
            return true;
        case Qt::Key_S:
            if (key->modifiers() == Qt::ControlModifier && !m_query->text().trimmed().isEmpty()) {
                const auto text = m_query->text();
                m_returnFocusTo = nullptr; // the focus goes to the saved list
                hide();
                Q_EMIT saveRequested(text);
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void SearchPopup::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        dismiss();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace leverage::ui
