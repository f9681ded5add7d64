#include "ui/window/ShortcutsDialog.h"

#include "ui/window/ShortcutSettings.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace leverage::ui {
namespace {
enum Column
{
    Command,
    Keys,
    Where
};

QString shown(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}
} // namespace

ShortcutsDialog::ShortcutsDialog(std::vector<WindowAction> actions, Mode mode, QWidget *parent)
    : QDialog(parent), m_actions(std::move(actions)), m_mode(mode)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(mode == Mode::Change ? tr("Shortcuts") : tr("Keyboard Shortcuts"));
    for (const auto &entry : m_actions)
        m_pending.push_back(entry.action->shortcut());

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Type to find a command or a key"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a command"));
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    m_filter->installEventFilter(this); // Down goes on into the list

    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Command"), tr("Keys"), tr("Menu")});
    m_list->setAccessibleName(tr("Commands and their keys"));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    fill();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    QDialogButtonBox *buttons = nullptr;
    if (mode == Mode::Change) {
        auto *row = new QHBoxLayout;
        auto *label = new QLabel(tr("&Keys for the selected command:"), this);
        m_edit = new QKeySequenceEdit(this);
        m_edit->setAccessibleName(tr("Keys for the selected command"));
        label->setBuddy(m_edit);
        m_clear = new QPushButton(tr("&None"), this);
        m_default = new QPushButton(tr("&Default"), this);
        row->addWidget(label);
        row->addWidget(m_edit, 1);
        row->addWidget(m_clear);
        row->addWidget(m_default);
        layout->addLayout(row);
        m_message = new QLabel(this);
        m_message->setWordWrap(true);
        m_message->setObjectName(QStringLiteral("shortcutMessage"));
        layout->addWidget(m_message);
        // One combination per command: the first one pressed.
        connect(m_edit, &QKeySequenceEdit::keySequenceChanged, this, [this](const QKeySequence &k) {
            if (k.isEmpty())
                return;
            const QKeySequence first(k[0]);
            if (!assign(m_list->currentIndex().row(), first))
                showRow(m_list->currentIndex().row());
        });
        connect(m_clear, &QPushButton::clicked, this,
                [this] { assign(m_list->currentIndex().row(), {}); });
        connect(m_default, &QPushButton::clicked, this, [this] {
            const int row = m_list->currentIndex().row();
            if (row >= 0 && !assign(row, shortcuts::defaultOf(m_actions[std::size_t(row)].action)))
                showRow(row);
        });
        connect(m_list, &QTreeWidget::currentItemChanged, this, &ShortcutsDialog::onCurrentChanged);
        buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    } else {
        buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    layout->addWidget(buttons);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    onCurrentChanged();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

bool ShortcutsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ShortcutsDialog::fill()
{
    m_list->clear();
    for (std::size_t i = 0; i < m_actions.size(); ++i) {
        const auto &entry = m_actions[i];
        auto *item = new QTreeWidgetItem(m_list);
        item->setIcon(Command, entry.action->icon());
        item->setText(Command, plainText(entry.action));
        item->setText(Keys, shown(m_pending[i]));
        item->setText(Where, entry.where.isEmpty() ? tr("(anywhere in the window)") : entry.where);
        item->setToolTip(Command, entry.action->toolTip());
    }
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        auto *item = m_list->topLevelItem(row);
        item->setHidden(!text.isEmpty() &&
                        !item->text(Command).contains(text, Qt::CaseInsensitive) &&
                        !item->text(Keys).contains(text, Qt::CaseInsensitive));
    }
}

void ShortcutsDialog::onCurrentChanged()
{
    if (m_mode != Mode::Change)
        return;
    const int row = m_list->currentIndex().row();
    m_edit->setEnabled(row >= 0);
    m_clear->setEnabled(row >= 0);
    m_default->setEnabled(row >= 0);
    m_message->clear();
    showRow(row);
}

void ShortcutsDialog::showRow(int row)
{
    if (!m_edit || row < 0)
        return;
    const QSignalBlocker blocker(m_edit);
    m_edit->setKeySequence(m_pending[std::size_t(row)]);
}

QAction *ShortcutsDialog::holderOf(const QKeySequence &keys, int exceptRow) const
{
    if (keys.isEmpty())
        return nullptr;
    for (std::size_t i = 0; i < m_pending.size(); ++i)
        if (int(i) != exceptRow && m_pending[i] == keys)
            return m_actions[i].action;
    return nullptr;
}

bool ShortcutsDialog::assign(int row, const QKeySequence &keys)
{
    if (row < 0 || row >= int(m_actions.size()))
        return false;
    if (const QAction *holder = holderOf(keys, row)) {
        if (m_message)
            m_message->setText(tr("%1 already starts “%2”. Choose other keys, or give that "
                                  "command other keys first.")
                                   .arg(shown(keys), plainText(holder)));
        return false;
    }
    m_pending[std::size_t(row)] = keys;
    m_list->topLevelItem(row)->setText(Keys, shown(keys));
    if (m_message)
        m_message->setText(
            keys.isEmpty()
                ? tr("“%1” has no keys now.").arg(plainText(m_actions[std::size_t(row)].action))
                : QString());
    showRow(row);
    return true;
}

QString ShortcutsDialog::message() const
{
    return m_message ? m_message->text() : QString();
}

void ShortcutsDialog::accept()
{
    if (m_mode == Mode::Change)
        for (std::size_t i = 0; i < m_actions.size(); ++i)
            if (m_actions[i].action->shortcut() != m_pending[i])
                shortcuts::store(m_actions[i].action, m_pending[i]);
    QDialog::accept();
}

} // namespace leverage::ui
