#include "ui/common/FindBar.h"

#include <QAbstractItemView>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>

namespace leverage::ui {

FindBar::FindBar(QAbstractItemView &view, QWidget *parent) : QWidget(parent), m_view(view)
{
    setObjectName(QStringLiteral("findBar"));
    auto *label = new QLabel(tr("Find:"), this);
    m_box = new QLineEdit(this);
    m_box->setObjectName(QStringLiteral("findBox"));
    m_box->setClearButtonEnabled(true);
    m_box->setPlaceholderText(tr("Find in this list (Enter: next, Esc: close)"));
    m_box->setAccessibleName(tr("Find in %1").arg(view.accessibleName()));
    label->setBuddy(m_box);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_box, 1);
    layout->addWidget(m_status);
    m_box->installEventFilter(this);
    connect(m_box, &QLineEdit::textEdited, this, [this] { find(1, true); });
    hide();
}

FindBar *FindBar::around(QWidget *widget)
{
    // The nearest pane around the widget that holds a find box; never the whole window (that
    // would find another pane's).
    for (QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget())
        if (auto *bar = w->findChild<FindBar *>())
            return bar;
    return nullptr;
}

void FindBar::activate()
{
    show();
    m_box->setFocus(Qt::ShortcutFocusReason);
    m_box->selectAll();
}

void FindBar::collect(const QModelIndex &parent, QList<QModelIndex> &found) const
{
    auto *model = m_view.model();
    const auto needle = m_box->text().trimmed();
    // A branch of a tree is read whole (a person's reports); the list's own pages are not
    // (a long timeline loads as it scrolls).
    while (parent.isValid() && model->canFetchMore(parent))
        model->fetchMore(parent);
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const auto first = model->index(row, 0, parent);
        for (int column = 0; column < model->columnCount(parent); ++column)
            if (model->index(row, column, parent)
                    .data()
                    .toString()
                    .contains(needle, Qt::CaseInsensitive)) {
                found << first;
                break;
            }
        if (model->hasChildren(first))
            collect(first, found);
    }
}

QList<QModelIndex> FindBar::matches() const
{
    QList<QModelIndex> found;
    if (m_view.model() && !m_box->text().trimmed().isEmpty())
        collect({}, found);
    return found;
}

// Moves to the next (step 1) or previous (-1) matching row; fromCurrent counts the current
// row itself (typing refines the match in place).
void FindBar::find(int step, bool fromCurrent)
{
    const auto found = matches();
    if (found.isEmpty()) {
        m_status->setText(m_box->text().trimmed().isEmpty() ? QString() : tr("Not found"));
        return;
    }
    // Rows in the order the list shows them: the position of the current row among them.
    const auto current = m_view.currentIndex().siblingAtColumn(0);
    qsizetype at = found.indexOf(current);
    qsizetype next = 0;
    if (at >= 0)
        next = fromCurrent ? at : (at + step + found.size()) % found.size();
    else if (step < 0)
        next = found.size() - 1;
    const auto index = found.at(next);
    m_view.selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                        QItemSelectionModel::Rows);
    m_view.scrollTo(index);
    m_status->setText(tr("%1 of %2").arg(next + 1).arg(found.size()));
}

void FindBar::close()
{
    hide();
    m_view.setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int step = key->modifiers().testFlag(Qt::ShiftModifier) ? -1 : 1;
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_F3:
            find(step, false);
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        case Qt::Key_Down:
            close(); // on to the list, as in the cases pane's box
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace leverage::ui
