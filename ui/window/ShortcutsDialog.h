#pragma once

#include "ui/window/WindowActions.h"

#include <QDialog>
#include <QKeySequence>
#include <vector>

class QKeySequenceEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace leverage::ui {

// Every command of the window with its keys, read from the actions themselves: Help →
// Keyboard Shortcuts shows them; Settings → Shortcuts (Mode::Change) also changes them, and
// refuses keys another command already has. Changes take effect with OK.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    enum class Mode
    {
        Show,
        Change
    };

    ShortcutsDialog(std::vector<WindowAction> actions, Mode mode, QWidget *parent);

    // Asks for `keys` on row `row`; returns false (and says why in the dialog) when another
    // command has them.
    bool assign(int row, const QKeySequence &keys);
    // The command that has `keys` among the pending ones, or null.
    QAction *holderOf(const QKeySequence &keys, int exceptRow) const;
    QTreeWidget *list() const { return m_list; }
    QKeySequenceEdit *keyEdit() const { return m_edit; }
    QString message() const;

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill();
    void applyFilter(const QString &text);
    void onCurrentChanged();
    void showRow(int row);

    std::vector<WindowAction> m_actions;
    std::vector<QKeySequence> m_pending; // per action, what OK will set
    Mode m_mode;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_list = nullptr;
    QKeySequenceEdit *m_edit = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_default = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace leverage::ui
