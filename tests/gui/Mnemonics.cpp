#include "tests/gui/Mnemonics.h"

#include "ui/common/MenuMnemonics.h"

#include <QAbstractButton>
#include <QAction>
#include <QGroupBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTabBar>

namespace leverage::testing {

QChar mnemonicOf(const QString &text)
{
    return ui::MenuMnemonics::letterOf(text);
}

void MnemonicRegister::add(const QString &text)
{
    if (const QChar letter = mnemonicOf(text); !letter.isNull())
        m_claims[letter].append(text);
}

QStringList MnemonicRegister::clashes(const QString &where) const
{
    QStringList out;
    for (const auto &[letter, texts] : m_claims)
        if (texts.size() > 1)
            out << QStringLiteral("%1: Alt+%2 is %3")
                       .arg(where, letter.toUpper(), texts.join(QStringLiteral(" and ")));
    if (!out.isEmpty()) { // what the fix can choose from
        QString free;
        for (char c = 'a'; c <= 'z'; ++c)
            if (!m_claims.count(QChar::fromLatin1(c)))
                free += QChar::fromLatin1(c);
        out << QStringLiteral("%1: letters still free: %2").arg(where, free);
    }
    return out;
}

QStringList windowClashes(QWidget &window, const QString &where)
{
    MnemonicRegister mnemonics;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->window() != &window || !widget->isVisibleTo(&window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            mnemonics.add(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            mnemonics.add(button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            mnemonics.add(group->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                mnemonics.add(tabs->tabText(i));
        else if (auto *bar = qobject_cast<QMenuBar *>(widget))
            for (QAction *action : bar->actions())
                mnemonics.add(action->text());
    }
    return mnemonics.clashes(where);
}

QStringList menuClashes(QMenu &menu, const QString &where)
{
    MnemonicRegister mnemonics;
    QStringList out;
    for (QAction *action : menu.actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        mnemonics.add(action->text());
        if (QMenu *sub = action->menu())
            out << menuClashes(*sub, where + QStringLiteral(" → ") + action->text());
    }
    return mnemonics.clashes(where) + out;
}

} // namespace leverage::testing
